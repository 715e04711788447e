"""mx.np's generated operator callers (sum, cumsum, max, all, trace, squeeze, ...) refuse the first attribute their parser reads in its map's order, an unknown keyword or a dtype, axis or keepdims it cannot read."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.ones((2, 3, 1))


def show(name, **kw):
    try:
        r = getattr(np, name)(a, **kw)
        print(name, kw, 'ok', r.shape)
    except Exception as e:
        lines = str(e).strip().splitlines()
        print(name, kw, type(e).__name__, lines[0][:120], '...', lines[-1][-160:])


for u in ['foo', 'bar', 'zz', 'x', 'where', 'order']:
    for f in ['sum', 'cumsum', 'prod']:
        show(f, **{u: 1, 'dtype': 'uint8'})
        show(f, **{'dtype': 'complex64', u: 1})
    for f in ['max', 'all', 'squeeze']:
        show(f, **{u: 1, 'axis': 'x', 'dtype': 'uint8'})
    show('sum', **{u: 1, 'axis': 'x', 'dtype': 'uint8'})
show('sum', dtype='bool', zz=1)
show('cumsum', dtype='bool', zz=1)
show('sum', dtype='uint8', axis=0, zz=1, initial=1.0, ax=1)
show('any', keepdims='y', axis='x')
show('any', axis='x', keepdims='y', k2=1)
show('max', initial='x', axis='x', dtype='uint8', keepdims=True)
show('max', keepdims=True, axis='x', initial='x')
show('trace', axis1='x', axis2='y', offset=0)
show('trace', axis2='y', offset='x', b='x', axis1='x')
show('diagonal', offset='x', axis1=0, axis2=1)
show('prod', keepdims='x', initial=1.0, dtype='float32', b='x', axis='x')
show('max', keepdim='x', x=1, keepdims='x')
show('transpose', order=1, axes='x', dtypes=1)
show('roll', offsetx=1, shift='x', bar='x')
show('atleast_1d', k2='x', order='x')
show('atleast_1d', bar=1, where=1)
