"""cumsum's axis checks are its kernel's: the result keeps its shape and type and fails when read (an out= too);
a legacy out= of another type is refused at the call."""
import numpy as onp
import mxnet as mx
from mxnet import nd
from _words import words


def made(label, fn):
    try:
        r = fn()
        print(label, "made", r.shape, onp.dtype(r.dtype).name)
        print(label, "read", r.asnumpy().tolist())
    except Exception as e:
        print(label, "->", words(e))


x = nd.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]])
for axis in [2, -3, 5, -1, 1]:
    for dtype in [None, "float64", "int32"]:
        made(f"nd axis={axis} dtype={dtype}", lambda: nd.cumsum(x, axis=axis, dtype=dtype))
        made(f"nd out axis={axis} dtype={dtype}",
             lambda: nd.cumsum(x, axis=axis, dtype=dtype, out=nd.zeros((2, 3), dtype=dtype or "float32")))
mx.npx.set_np()
p = x.as_np_ndarray()
for axis in [2, -3, 1]:
    made(f"np axis={axis}", lambda: p.cumsum(axis=axis))
    made(f"np fn axis={axis}", lambda: mx.np.cumsum(p, axis=axis, dtype="float64"))
    out = mx.np.zeros((2, 3))
    made(f"np out axis={axis}", lambda: mx.np.cumsum(p, axis=axis, out=out))
    made(f"np out shape axis={axis}", lambda: mx.np.cumsum(p, axis=axis, out=mx.np.zeros((3, 2))))
