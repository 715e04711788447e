"""Reshape's deprecated target_shape (a 0 to infer, keep_highest) on inputs with and without a legacy zero size, beside shape=."""
import mxnet as mx
import numpy as np

for shape, kw in [((0, 4, 1, 4), dict(target_shape=(2, 2, 0), keep_highest=True)),
                  ((0, 4, 1, 4), dict(target_shape=(2, 2, 0))), ((4, 0), dict(target_shape=(0, 2))),
                  ((3, 4), dict(target_shape=(2, 0))), ((3, 4), dict(target_shape=(6, 0))),
                  ((3, 4), dict(target_shape=(3, 0), keep_highest=True)), ((2, 3, 4), dict(target_shape=(0, 4))),
                  ((0, 4), dict(target_shape=(0, 2))), ((0, 4), dict(shape=(0, 2))), ((2, 0), dict(shape=(-1,)))]:
    try:
        y = mx.nd.Reshape(mx.nd.array(np.arange(np.prod(shape)).reshape(shape)), **kw)
        print(shape, kw, y.shape, y.asnumpy().ravel()[:6].tolist())
    except mx.base.MXNetError as e:
        print(shape, kw, "MXNetError:", [line for line in str(e).split("\n") if line.strip()][-1])
