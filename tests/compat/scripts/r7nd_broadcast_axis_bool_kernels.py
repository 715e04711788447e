# broadcast_axis on bool data: one axis takes MXNet's one-axis kernel (no bool, even when the shape is unchanged);
# several axes, or none, take the general broadcast, which has bool
import mxnet as mx
nd = mx.nd
for shape, axis, size in [((1, 3), 0, 2), ((2, 1), 1, 1), ((1, 3, 1), (2,), (3,)), ((1, 3, 1), (0, 2), (2, 3)),
                          ((1, 3, 1), (0, 2), (1, 1)), ((1, 1), (0, 1), (2, 2)), ((2, 1), (), ())]:
    try:
        r = nd.broadcast_axis(nd.ones(shape, dtype="bool"), axis=axis, size=size).asnumpy()
        print(shape, axis, size, r.dtype, r.shape, r.all())
    except mx.base.MXNetError as e:
        print(shape, axis, size, "MXNetError", "Unknown type enum 7" in str(e))
