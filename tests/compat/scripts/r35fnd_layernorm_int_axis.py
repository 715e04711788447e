"""LayerNorm on integer or bool data is refused at the general kernel's type switch for any axis but the last."""
# recorded on AVX2
import mxnet as mx
for dtype in ["int32", "int8", "uint8", "int64", "bool"]:
    for shape, axis in [((2, 3, 4), -1), ((2, 3, 4), 2), ((2, 3, 4), 1), ((2, 3, 4), 0), ((2, 3, 4), -2), ((4,), 0)]:
        n = shape[axis]
        try:
            x = mx.nd.ones(shape, dtype=dtype)
            g = mx.nd.ones((n,), dtype=dtype)
            print(mx.nd.LayerNorm(x, g, g, axis=axis).asnumpy())
        except mx.base.MXNetError as e:
            print(dtype, shape, axis, str(e).strip().split("\n")[1:3])
