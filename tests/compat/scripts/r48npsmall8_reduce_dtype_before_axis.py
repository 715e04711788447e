"""mx.np's cumsum, sum, prod, mean, std and var refuse a dtype their operator lacks before an axis it cannot parse (its parser reads dtype first), and list a given dtype where MXNet does (mean's first, a None one not at all)."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

a = np.ones((2, 3))
cases = [dict(axis=(1, 1), dtype='bool'), dict(axis='a', dtype='uint8'), dict(axis=1.5, dtype='complex64'),
         dict(axis=(1,), dtype='int8'), dict(axis=[0], dtype=bool), dict(axis=True, dtype='uint8'),
         dict(axis='a', dtype='float32'), dict(axis='a', dtype=None), dict(axis='a', dtype='bool', keepdims=True),
         dict(dtype='uint8', axis=(1, 'x'))]
for fn in ['cumsum', 'sum', 'prod', 'mean', 'std', 'var']:
    for kw in cases:
        if fn == 'cumsum' and 'keepdims' in kw:
            continue
        for x in [a, np.ones((2, 3), dtype='bool')]:
            try:
                r = getattr(np, fn)(x, **kw)
                print(fn, kw, r.shape, r.dtype)
            except Exception as e:
                print(fn, kw, type(e).__name__, str(e))
for args in [((1, 1), 'bool'), ('a', 'uint8'), (0, 'uint8')]:
    try:
        np.cumsum(a, *args)
    except Exception as e:
        print('positional', args, type(e).__name__, str(e))
