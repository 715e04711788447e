"""np.ldexp (half in float, integers truncated, MXNet's float ln 2 in its gradient) and np.arctan2's gradient
order, in float16/float32/float64."""
import numpy as onp
import mxnet as mx

mx.npx.set_np()
rs = onp.random.RandomState(0)
for dtype in ("float16", "float32", "float64"):
    av, bv, hv = rs.uniform(0.2, 2, (12,)), rs.uniform(-2, 2, (12,)), rs.uniform(-1, 1, (12,))
    for name in ("ldexp", "arctan2"):
        a, b = mx.np.array(av, dtype=dtype), mx.np.array(bv, dtype=dtype)
        a.attach_grad()
        b.attach_grad()
        with mx.autograd.record():
            y = getattr(mx.np, name)(a, b)
        y.backward(mx.np.array(hv, dtype=dtype))
        print(name, dtype, y.tolist(), a.grad.tolist(), b.grad.tolist())
i = mx.np.array([1, -1, 2], dtype="int32")
print(mx.np.ldexp(i, i).tolist(), mx.np.ldexp(i, -1).tolist(), mx.np.ldexp(2, i).tolist(), mx.np.ldexp(i, -1).dtype)
