"""argmax/argmin of zero-size arrays under NumPy shapes: empty results, or kernel checks that fail when read."""
import mxnet as mx
from _words import words
mx.util.set_np_shape(True)
for f in [mx.nd.argmax, mx.nd.argmin]:
    for sh, kw in [((0,3),dict(axis=0)),((0,3),dict(axis=1)),((0,3),{}),((0,3),dict(axis=0,keepdims=True)),((0,),dict(axis=1)),((2,0,4),dict(axis=-2)),((2,0,4),dict(axis=2, keepdims=True)),((0,),{})]:
        r = f(mx.nd.zeros(sh), **kw)
        try:
            print(sh, kw, r.shape, r.dtype.__name__, r.asnumpy().tolist())
        except Exception as e:
            print(sh, kw, r.shape, words(e))
