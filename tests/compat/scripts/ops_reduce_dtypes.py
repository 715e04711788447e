# Reductions in float16 and int8: MXNet accumulates in the input type.
import mxnet as mx, numpy as np
nd = mx.nd
x = nd.array(np.linspace(0.1, 3.3, 300).reshape(3, 100)).astype("float16")
for n in ["sum", "mean", "prod", "nansum", "max"]:
    print(n, getattr(nd, n)(x, axis=1).asnumpy().tolist(), getattr(nd, n)(x).asnumpy().tolist())
print(nd.norm(x, axis=1).asnumpy().tolist())
i8 = nd.array(np.arange(100).reshape(2, 50) % 7, dtype="int8")
print(nd.sum(i8, axis=1).asnumpy().tolist(), nd.mean(i8, axis=1).asnumpy().tolist(), nd.prod(i8[:, 1:6], axis=1).asnumpy().tolist())
y = nd.array(np.linspace(-1, 1, 2000).reshape(2, 1000))
print(nd.sum(y, axis=1).asnumpy().tolist(), nd.mean(y).asnumpy().tolist(), nd.prod(y[:, :30] + 1.5, axis=1).asnumpy().tolist())
