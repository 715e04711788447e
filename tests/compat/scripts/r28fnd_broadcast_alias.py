"""In-place arithmetic whose broadcast operand is a view of the target (x += x[:1]): MXNet's kernel writes
element by element, so the rows after the first read the first row already updated."""
import numpy as np
import mxnet as mx
from _words import words

# recorded on AVX2
LEGACY = [
    ("x += x[0:1]", lambda x: x.__iadd__(x[0:1])),
    ("x -= x[1]", lambda x: x.__isub__(x[1])),
    ("x *= x[0]", lambda x: x.__imul__(x[0])),
    ("x /= x[1:2]", lambda x: x.__itruediv__(x[1:2])),
    ("x %= x[2]", lambda x: x.__imod__(x[2])),
    ("x[1:] += x[1]", lambda x: x[1:].__iadd__(x[1])),
    ("x[1:] -= x[0]", lambda x: x[1:].__isub__(x[0])),
    ("broadcast_add(x, x[1:2], out=x)", lambda x: mx.nd.broadcast_add(x, x[1:2], out=x)),
    ("broadcast_sub(x[1:], x[1], out=x[1:])", lambda x: mx.nd.broadcast_sub(x[1:], x[1], out=x[1:])),
    ("broadcast_mul(x[0], x[1:], out=x[1:])", lambda x: mx.nd.broadcast_mul(x[0], x[1:], out=x[1:])),
    ("broadcast_maximum(x[0:1], x, out=x)", lambda x: mx.nd.broadcast_maximum(x[0:1], x, out=x)),
    ("broadcast_minus(x, x[2], out=x)", lambda x: mx.nd.broadcast_minus(x, x[2], out=x)),
    ("flat: broadcast_add(v, v[3:4], out=v)", lambda x: mx.nd.broadcast_add(x.reshape(-1), x.reshape(-1)[3:4],
                                                                         out=x.reshape(-1))),
    ("x[:] = x[1]", lambda x: x.__setitem__(slice(None), x[1])),
    ("square(x[0:1], out=x)", lambda x: mx.nd.square(x[0:1], out=x)),
    ("elemwise_add(x[0], x[1], out=x[1])", lambda x: mx.nd.elemwise_add(x[0], x[1], out=x[1])),
    ("x += x[0:1].copy()", lambda x: x.__iadd__(x[0:1].copy())),
]
for dtype in ["float32", "float64", "float16", "int32", "int64", "uint8"]:
    for text, run in LEGACY:
        x = mx.nd.array(np.arange(1, 13).reshape(4, 3), dtype=dtype)
        try:
            run(x)
            print("nd", dtype, text, "->", x.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print("nd", dtype, text, "->", words(e))

mx.npx.set_np()
NP = [
    ("x += x[0:1]", lambda x: x.__iadd__(x[0:1])),
    ("x -= x[2]", lambda x: x.__isub__(x[2])),
    ("x[1:] += x[1]", lambda x: x[1:].__iadd__(x[1])),
    ("np.add(x, x[1:2], out=x)", lambda x: mx.np.add(x, x[1:2], out=x)),
    ("np.subtract(x[1:], x[1], out=x[1:])", lambda x: mx.np.subtract(x[1:], x[1], out=x[1:])),
    ("np.maximum(x[1:], x[2], out=x[1:])", lambda x: mx.np.maximum(x[1:], x[2], out=x[1:])),
    ("np.multiply(x[0], x, out=x)", lambda x: mx.np.multiply(x[0], x, out=x)),
]
for dtype in ["float32", "int32"]:
    for text, run in NP:
        x = mx.np.array(np.arange(1, 13).reshape(4, 3), dtype=dtype)
        run(x)
        print("np", dtype, text, "->", x.asnumpy().tolist())
