"""mx.image.imresize and copyMakeBorder: shape inference refuses images other than H x W x C with the attributes
given, the kernel refuses float16, negative borders, unknown border types and the 32-bit integer resizes OpenCV
has no kernel for (read back, where MXNet raises them)."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.dtype.__name__, r.asnumpy().ravel()[:6].tolist())
    except Exception as e:
        attrs = str(e).split("operator attributes:")[1:]       # shape inference lists the attributes given
        print(label, "->", words(e), "|", attrs[0].strip().replace("\n", ", ") if attrs else "")


flat = nd.zeros((6, 8))
attempt("imresize 2-d", lambda: mx.image.imresize(flat, 4, 3))
attempt("imresize 2-d interp", lambda: mx.image.imresize(flat, 4, 3, interp=2))
attempt("imresize 4-d", lambda: mx.image.imresize(nd.zeros((1, 6, 8, 3)), 4, 3))
attempt("imresize 1-d", lambda: mx.image.imresize(nd.zeros((5,)), 4, 3))
attempt("imresize 2-d w=0", lambda: mx.image.imresize(flat, 0, 3))
attempt("imresize 2-d float16", lambda: mx.image.imresize(nd.zeros((6, 8), dtype="float16"), 4, 3))
for kw in [dict(type=1), dict(value=2.5), dict(values=(1, 2)), dict(type=0, value=1, values=(1,)), dict(type=9)]:
    attempt(f"copyMakeBorder 2-d {kw}", lambda: mx.image.copyMakeBorder(flat, 1, 2, 3, 4, **kw))
attempt("copyMakeBorder 2-d top=-1", lambda: mx.image.copyMakeBorder(flat, -1, 1, 1, 1))
img = nd.array(np.arange(2 * 3 * 3).reshape(2, 3, 3), dtype="uint8")
attempt("copyMakeBorder float16", lambda: mx.image.copyMakeBorder(img.astype("float16"), 1, 1, 1, 1))
attempt("copyMakeBorder top=-1", lambda: mx.image.copyMakeBorder(img, -1, 1, 1, 1))
attempt("copyMakeBorder type=9", lambda: mx.image.copyMakeBorder(img, 1, 0, 0, 0, type=9))
attempt("copyMakeBorder type=5", lambda: mx.image.copyMakeBorder(img, 0, 0, 1, 0, type=5))
attempt("copyMakeBorder type=9 no border", lambda: mx.image.copyMakeBorder(img, 0, 0, 0, 0, type=9))
attempt("copyMakeBorder type=17", lambda: mx.image.copyMakeBorder(img, 1, 0, 0, 1, type=17))
for borders in [(0, -5, 0, 0), (0, -2, 0, 0), (-1, 0, 0, 0), (0, 0, -4, 0), (0, 0, -3, 0)]:
    attempt(f"copyMakeBorder {borders}", lambda: mx.image.copyMakeBorder(img, *borders))
result = mx.image.copyMakeBorder(img, -1, 1, 1, 1)
print("refused result shape", result.shape)
attempt("refused result read", lambda: result)
for shape in [(8, 8, 3), (7, 9, 3), (8, 8, 5)]:
    for interp in [0, 1, 2, 3, 4, 5, 9, -1]:
        for size in [(4, 4), (5, 5), (16, 16), (4, 8), (8, 8)]:
            src = nd.array(np.arange(np.prod(shape)).reshape(shape) % 97, dtype="int32")
            attempt(f"int32 {shape} interp={interp} to {size}", lambda: mx.image.imresize(src, *size, interp=interp))
