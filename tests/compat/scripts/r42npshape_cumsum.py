"""Without NumPy shape semantics, mx.np cumsum (function and method) of arrays with unknown (zero) sizes or rank fails shape inference listing its inferred output shape and the axis and dtype given; a flat cumsum needs known sizes."""
import mxnet as mx
np = mx.np
mx.npx.set_np()
l = np.zeros((2, 0))
t = np.zeros((2, 0, 3))
mx.npx.reset_np()
z = np.array(3.0)
for f in [lambda: np.cumsum(l, axis=0), lambda: np.cumsum(t, axis=-1), lambda: np.cumsum(l, axis=1, dtype='float64'), lambda: np.cumsum(l, 0, 'int32'),
          lambda: l.cumsum(axis=0), lambda: np.cumsum(z, axis=0), lambda: np.cumsum(z), lambda: np.cumsum(l, axis=5), lambda: t.cumsum(axis=1, dtype='float16')]:
    try:
        print(f().shape)
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
