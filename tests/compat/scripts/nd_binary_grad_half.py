"""Binary gradients of float16 operands as MXNet's kernels compute them: the derivative in float (the scalar
rounded to half first, power and hypot recomputed), rounded to half, times the head."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
xv, zv, hv = rs.uniform(0.1, 0.9, (4, 8)), rs.uniform(0.2, 1.5, (4, 8)), rs.uniform(-1, 1, (4, 8))
for name in ("elemwise_div", "broadcast_div", "broadcast_hypot", "broadcast_power"):
    for rows in (4, 1):
        if rows == 1 and name.startswith("elemwise"):
            continue
        x, z = mx.nd.array(xv, dtype="float16"), mx.nd.array(zv[:rows], dtype="float16")
        x.attach_grad()
        z.attach_grad()
        with mx.autograd.record():
            y = getattr(mx.nd, name)(x, z)
        y.backward(mx.nd.array(hv, dtype="float16"))
        print(name, rows, x.grad.asnumpy().ravel().tolist(), z.grad.asnumpy().ravel().tolist())
for label, f in (("rdiv", lambda x: 0.7 / x), ("rpow", lambda x: 0.7 ** x), ("pow", lambda x: x ** 0.7),
                 ("hypot", lambda x: mx.nd._internal._hypot_scalar(x, scalar=0.7)), ("div", lambda x: x / 0.7)):
    x = mx.nd.array(xv, dtype="float16")
    x.attach_grad()
    with mx.autograd.record():
        y = f(x)
    y.backward(mx.nd.array(hv, dtype="float16"))
    print(label, x.grad.asnumpy().ravel().tolist())
