"""mx.np's sum, prod, mean, std and var refuse a dtype their operator lacks before a keepdims, initial or ddof their parser cannot read, and those before an axis it cannot read (it reads them in its listing's order), as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

a = np.ones((2, 3))
for fn in ['std', 'var', 'mean', 'sum', 'prod']:
    for kw in [dict(keepdims='x', dtype='uint8'), dict(keepdims=2, dtype='complex64'), dict(keepdims='x', dtype='float32'),
               dict(initial='x', dtype='uint8'), dict(initial='nan', dtype='bool'), dict(ddof='x', dtype='uint8'),
               dict(ddof=1.5, dtype='int8'), dict(keepdims='x', dtype=None), dict(keepdims='x', axis='a'),
               dict(initial='x', axis='a'), dict(keepdims=None, axis=1.5), dict(initial='x', keepdims='y', axis='a')]:
        if 'initial' in kw and fn not in ('sum', 'prod'):
            continue
        if 'ddof' in kw and fn not in ('std', 'var'):
            continue
        try:
            r = getattr(np, fn)(a, **kw)
            print(fn, kw, r.shape)
        except Exception as e:
            print(fn, kw, type(e).__name__, str(e))
