"""mx.np's generated reductions record every argument the caller gave (an explicit None axis or False keepdims too), and all/any record as _np_all/_np_any, as MXNet's get_symbol shows."""
import json
import mxnet as mx
from mxnet import np, npx, autograd
npx.set_np()

x = np.ones((2, 2))
x.attach_grad()
cases = [
    ('sum axis=None', lambda: np.sum(x, axis=None)),
    ('sum keepdims=False', lambda: np.sum(x, keepdims=False)),
    ('sum initial=None', lambda: np.sum(x, initial=None)),
    ('sum dtype=None', lambda: np.sum(x, dtype=None)),
    ('sum positional', lambda: np.sum(x, None, None, False)),
    ('prod', lambda: np.prod(x, axis=None, keepdims=False)),
    ('product', lambda: np.product(x, axis=None)),
    ('max', lambda: np.max(x, axis=None, keepdims=False, initial=None)),
    ('amin', lambda: np.amin(x, axis=None)),
    ('all', lambda: np.all(x)),
    ('all axis=None', lambda: np.all(x, axis=None)),
    ('any keepdims', lambda: np.any(x, axis=0, keepdims=False)),
    ('sometrue', lambda: np.sometrue(x, axis=None)),
    ('cumsum axis=None', lambda: np.cumsum(x, axis=None)),
    ('cumsum dtype=None', lambda: np.cumsum(x, dtype=None)),
    ('method sum', lambda: x.sum()),
    ('method all', lambda: x.all()),
    ('method cumsum', lambda: x.cumsum()),
]
for label, f in cases:
    with autograd.record():
        y = f()
    nodes = json.loads(autograd.get_symbol(y).tojson())['nodes']
    print(label, [(n['op'], n.get('attrs')) for n in nodes if n['op'] != 'null'])

for shape in [(), (2,)]:
    a = np.ones(shape)
    for kw in [dict(axis=0), dict(axis=None, keepdims=False), dict(keepdims=True)]:
        for fn in [np.sum, np.prod, np.mean]:
            try:
                fn(a, dtype='uint8', **kw)
            except mx.MXNetError as e:
                print(fn.__name__, shape, kw, str(e).split('\n')[0])
