"""A Shape attribute given as None is a shape of unknown rank (-1 dimensions) to broadcast_to and broadcast_axis."""
# recorded on AVX2
import mxnet as mx
from _words import words

x = mx.nd.ones((2, 1))
CASES = [('broadcast_to', dict(shape=None)), ('broadcast_to', dict(shape='None')), ('broadcast_axis', dict(axis=None)),
         ('broadcast_axis', dict(size=None)), ('broadcast_axis', dict(axis=None, size=None)),
         ('broadcast_axis', dict(axis=1, size=None)), ('broadcast_axis', dict(axis=None, size=3)),
         ('broadcast_axes', dict(axis='None', size='None')), ('broadcast_axis', dict(axis=(), size=())),
         ('broadcast_to', dict(shape=())), ('broadcast_to', dict(shape=(0, 4))), ('broadcast_axis', dict(axis=1, size=3))]
for name, kw in CASES:
    try:
        r = getattr(mx.nd, name)(x, **kw)
        print(name, kw, r.shape, r.asnumpy().sum())
    except Exception as e:
        print(name, kw, words(e))
    try:
        s = getattr(mx.sym, name)(mx.sym.var('a'), **kw)
        print('  symbol', s.infer_shape(a=(2, 1))[1])
    except Exception as e:
        print('  symbol', words(e))
