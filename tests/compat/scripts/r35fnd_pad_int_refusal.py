"""nd.pad refuses integer data at its own kernel's type switch (pad.cc), in every mode."""
# recorded on AVX2
import mxnet as mx

for dtype in ["int32", "int8", "uint8", "int64"]:
    for mode in ["constant", "edge", "reflect"]:
        x = mx.nd.arange(18, dtype=dtype).reshape((1, 2, 3, 3))
        try:
            print(mx.nd.pad(x, mode=mode, pad_width=(0, 0, 0, 0, 1, 1, 1, 1)).asnumpy())
        except mx.base.MXNetError as e:
            print(dtype, mode, type(e).__name__, str(e).strip().split("\n")[1:3])
x = mx.nd.arange(18, dtype="float16").reshape((1, 2, 3, 3))
print(mx.nd.pad(x, mode="edge", pad_width=(0, 0, 0, 0, 1, 0, 0, 1)).asnumpy())
