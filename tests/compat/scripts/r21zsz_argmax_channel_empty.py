"""argmax_channel of zero-size arrays under NumPy shapes, in every dtype: empty results, or kernel checks when read."""
import mxnet as mx
from mxnet import nd
from _words import words

mx.util.set_np_shape(True)
for dtype in ["float32", "float16", "float64", "int32", "int8", "uint8", "int64"]:
    for shape in [(0,), (0, 3), (3, 0), (2, 0, 4), (0, 2, 3), (4,), (1,)]:
        r = nd.argmax_channel(nd.zeros(shape, dtype=dtype))
        try:
            print(dtype, shape, r.shape, r.dtype.__name__, r.asnumpy().tolist())
        except Exception as e:
            print(dtype, shape, words(e))
