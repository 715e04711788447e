"""np.atleast_1d/2d/3d of several arrays is one operator: arrays of different dtypes are refused (MXNetError)."""
from mxnet import np, npx

npx.set_np()
a = np.ones((2,), dtype='float32')
b = np.ones((), dtype='float64')
c = np.ones((2, 2), dtype='int32')
for fn in ['atleast_1d', 'atleast_2d', 'atleast_3d']:
    f = getattr(np, fn)
    for label, arrays in [('f32 f64', (a, b)), ('f32 f32', (a, a * 2)), ('f32 i32', (a, c)), ('f32 f32 i32', (a, a, c)),
                          ('i32 i32', (c, c)), ('one f64', (b,))]:
        try:
            r = f(*arrays)
            r = r if isinstance(r, list) else [r]
            print(fn, label, [(x.dtype, x.shape) for x in r])
        except Exception as e:  # noqa: BLE001
            print(fn, label, type(e).__name__)
