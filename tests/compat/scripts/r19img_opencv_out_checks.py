"""OpenCV image operators: an out= array checked for dtype then shape, and OpenCV's checks of images of more than
4 channels (a constant border needs one value; a fractional area resize refuses them)."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        a = r.asnumpy()
        print(label, "->", a.dtype, a.shape, a.ravel()[:8].tolist())
    except Exception as e:
        print(label, "->", words(e))


img = nd.array(np.arange(48).reshape(4, 4, 3), dtype="uint8")
for dtype, shape in [("uint8", (2, 3, 3)), ("uint8", (3, 2, 3)), ("float32", (3, 2, 3)), ("float32", (5,)),
                     ("uint8", (3, 2)), ("int32", (1, 1, 1))]:
    out = nd.zeros(shape, dtype=dtype)
    attempt(f"imresize out {dtype} {shape}", lambda: mx.image.imresize(img, 2, 3, out=out))
    out = nd.zeros(shape, dtype=dtype)
    attempt(f"copyMakeBorder out {dtype} {shape}", lambda: mx.image.copyMakeBorder(img, 0, 0, 1, 1, out=out))
attempt("copyMakeBorder negative border, out wrong", lambda: mx.image.copyMakeBorder(img, -1, 0, 0, 0,
                                                                                      out=nd.zeros((9, 9, 3), dtype="uint8")))
attempt("float16 imresize, out right", lambda: mx.image.imresize(img.astype("float16"), 2, 2,
                                                                  out=nd.zeros((2, 2, 3), dtype="float16")))

five = nd.array(np.arange(60).reshape(3, 4, 5) * 3, dtype="uint8")
for borders, kw in [((1, 0, 0, 0), dict(value=9)), ((1, 0, 0, 0), dict(values=(2, 2, 2, 2))),
                    ((0, 1, 1, 0), dict(values=(2, 2, 2, 2, 7))), ((1, 0, 0, 0), dict(values=(2, 2, 2))),
                    ((0, 0, 0, 0), dict(value=9)), ((1, 1, 1, 1), dict(value=0)), ((0, 0, 2, 0), dict(type=1, value=9)),
                    ((1, 0, 0, 0), dict(type=7, value=9)), ((-1, 0, 0, 0), dict(value=9))]:
    attempt(f"5 channels border {borders} {kw}", lambda: mx.image.copyMakeBorder(five, *borders, **kw))
made = mx.image.copyMakeBorder(five, 1, 1, 1, 1, value=4)
print("made before reading:", made.shape)
attempt("read", lambda: made)
for dtype in ["uint8", "float32"]:
    for (w, h) in [(2, 3), (3, 2), (2, 1), (8, 6)]:
        for interp in [3] if dtype == "uint8" else [0, 3]:      # (uint8 nearest leaves the 5th channel unwritten)
            attempt(f"5 channels {dtype} resize {w}x{h} interp {interp}",
                    lambda: mx.image.imresize(five.astype(dtype), w, h, interp=interp))
