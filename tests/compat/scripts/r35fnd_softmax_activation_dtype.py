"""SoftmaxActivation on non-float32 data: mode=channel reads it as a 3-D tensor, a different line than instance."""
# recorded on AVX2
import mxnet as mx
for dtype in ["float16", "float64", "int32", "uint8"]:
    for shape, mode in [((2, 3), "instance"), ((2, 3, 2), "channel"), ((2, 3, 2, 2), "channel"), ((2, 3, 2), "instance")]:
        try:
            print(mx.nd.SoftmaxActivation(mx.nd.ones(shape, dtype=dtype), mode=mode).asnumpy().ravel())
        except mx.base.MXNetError as e:
            print(dtype, shape, mode, str(e).strip().split("\n")[1:3])
