# nd.cumsum takes axes in [0, ndim) only (MXNet's kernel indexes the shape with the axis as given): a negative one
# in range fails, out of range fails at the axis check
import mxnet as mx
x = mx.nd.array([[1, 2, 3], [4, 5, 6]])
for ax in [None, 0, 1, -1, -2, 2, -3]:
    for dt in [None, "int32"]:
        try:
            print(ax, dt, mx.nd.cumsum(x, axis=ax, dtype=dt).asnumpy().tolist())
        except mx.base.MXNetError as e:
            print(ax, dt, "MXNetError", "i >= 0 && i < ndim()" in str(e))
