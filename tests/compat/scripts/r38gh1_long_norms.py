"""mx.np.linalg.norm's 2-norm over more than 8192 elements (whole arrays, one axis, an axis pair), float32,
float16 and float64: MXNet's scaled reducer walks every element in order, rescaling at each new largest one."""
import numpy as onp

import mxnet as mx

onp.random.seed(1)
mx.npx.set_np()
for shape, ax in [((200000,), None), ((30000, 3), 0), ((30000, 3), None), ((3, 20000), 1), ((9000, 2), (0, 1)),
                  ((5, 3000, 4), (0, 1)), ((12000,), 0)]:
    for dt in ["float32", "float16", "float64"]:
        x = mx.np.array(onp.random.randn(*shape) * 3, dtype=dt)
        x[0] = 0
        print(shape, ax, dt, mx.np.linalg.norm(x, axis=ax).asnumpy().ravel()[:3].tolist(),
              mx.np.linalg.norm(x.reshape(-1), ord=2).item(), mx.np.linalg.norm(x * 1e3, keepdims=True).shape)
x = mx.np.array(onp.random.randn(10000).astype("float32"))
x[5000] = onp.inf
print(mx.np.linalg.norm(x).item())
x[7000] = onp.nan
print(mx.np.linalg.norm(x).item())
print(mx.np.linalg.norm(mx.np.ones(20000) * 0.1).item(), mx.np.linalg.norm(mx.np.zeros(20000)).item())
