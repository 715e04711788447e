"""mx.np functions taking a dtype read it by NumPy (its TypeError for an unknown name) before refusing a legacy NDArray input, which they refuse before a non-array out=, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()

L = mx.nd.ones((2, 3))
for fn in ['sum', 'prod', 'mean', 'std', 'var', 'cumsum', 'zeros_like', 'ones_like', 'empty_like', 'max']:
    f = getattr(np, fn)
    for kw in [dict(dtype='foo'), dict(dtype='foo', axis='a'), dict(dtype='bool', axis='a'), dict(dtype='uint8'),
               dict(out=[1]), dict(dtype='foo', out=[1]), dict(dtype='float32', out=[1]), dict(dtype=None)]:
        if fn == 'max':
            kw.pop('dtype', None)
        if fn.endswith('_like'):
            kw.pop('axis', None)
            kw.pop('out', None)
        try:
            r = f(L, **kw)
            print(fn, kw, 'ok', r.shape)
        except Exception as e:
            print(fn, kw, type(e).__name__, str(e))
try:
    np.full_like(L, 1, dtype='foo')
except Exception as e:
    print('full_like', type(e).__name__, str(e))
