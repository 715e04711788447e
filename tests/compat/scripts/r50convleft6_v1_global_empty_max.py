"""Pooling_v1's global max over a spatial axis of no elements (legacy or NumPy shapes) gives its maximum's start, -inf, in every float type (average nan, sum 0), and a padded window over it reads the zero padding, as MXNet does."""
import numpy as np
import mxnet as mx
from mxnet import nd


def last_line(e):
    return str(e).strip().splitlines()[-1]


for np_shape in (False, True):
    mx.util.set_np_shape(np_shape)
    for shape in [(1, 3, 0, 4), (2, 2, 0, 0)]:
        for pool_type in ("max", "avg", "sum"):
            for global_pool in (True, False):
                x = nd.array(np.zeros(shape, np.float32))
                try:
                    y = nd.Pooling_v1(x, kernel=(1, 1), pad=(1, 1), global_pool=global_pool, pool_type=pool_type)
                    print(np_shape, shape, pool_type, global_pool, y.shape, y.asnumpy().ravel()[:3].tolist())
                except mx.MXNetError as e:
                    print(np_shape, shape, pool_type, global_pool, last_line(e))
mx.util.set_np_shape(False)
for dtype in ("float16", "float64", "int32"):
    try:
        print(dtype, nd.Pooling_v1(nd.array(np.zeros((1, 2, 0, 3)), dtype=dtype), kernel=(1, 1),
                                   global_pool=True).asnumpy().ravel().tolist())
    except mx.MXNetError as e:
        print(dtype, last_line(e))
