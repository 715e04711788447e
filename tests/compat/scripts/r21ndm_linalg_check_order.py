"""Linear-algebra operators on non-float or non-square inputs: which of MXNet's checks fires first, and when."""
import mxnet as mx
from _words import words


def show(tag, fn):
    try:
        y = fn()
        ys = y if isinstance(y, (list, tuple)) else [y]
        print(tag, "call ok", [o.shape for o in ys])
        print(tag, "read", [o.asnumpy().dtype.name for o in ys])
    except mx.base.MXNetError as e:
        print(tag, words(e))


ops = {"potrf": mx.nd.linalg.potrf, "potri": mx.nd.linalg.potri, "sumlogdiag": mx.nd.linalg.sumlogdiag,
       "det": mx.nd.linalg.det, "slogdet": mx.nd.linalg.slogdet, "inverse": mx.nd.linalg.inverse,
       "extractdiag": mx.nd.linalg.extractdiag, "syrk": mx.nd.linalg.syrk, "gelqf": mx.nd.linalg.gelqf}
for name, f in ops.items():
    for dtype in ("int8", "uint8", "int32", "int64", "float16", "float32"):
        for shape in ((2, 3), (2, 2, 3), (3, 3)):
            show(f"{name} {dtype} {shape}", lambda: f(mx.nd.ones(shape, dtype=dtype)))
