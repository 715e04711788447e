"""npx.gather_nd (and nd.gather_nd) with positions past their axes: the result fails when read with MXNet's
kernel words, which name their type and print an 8-bit index as the character of its byte."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
data = np.arange(24).reshape(2, 3, 4).astype("float32")
for dtype in ["int8", "uint8", "int32", "int64", "float16", "float32"]:
    for index in [[[1, 0, 3]], [[5, 0], [0, 0]], [[0, 1], [1, 9]], [[100, 0]], [[0, 1], [2, 3], [1, 1]], [[1], [2]]]:
        result = npx.gather_nd(data, np.array(index, dtype=dtype))
        try:
            print(dtype, index, "->", result.shape, result.asnumpy().ravel()[:4].tolist())
        except Exception as e:
            print(dtype, index, "read", result.shape, "->", repr(words(e)))
legacy = mx.nd.gather_nd(mx.nd.arange(6).reshape((2, 3)), mx.nd.array([[5, 0, -9], [0, 7, 1]]))
try:
    legacy.asnumpy()
except Exception as e:
    print("nd.gather_nd read ->", repr(words(e)))
