"""np.atleast_1d/2d/3d hand their keywords to the operator in the order given with num_args last unless given (a map sized for one more than the keywords), and a given num_args is parsed and checked against the arrays."""
import itertools

import mxnet as mx

mx.npx.set_np()
np = mx.np
x = np.ones((2,))
y = np.ones((3,))


def show(desc, f):
    try:
        r = f()
        print(desc, [a.shape for a in r] if isinstance(r, list) else r.shape)
    except mx.base.MXNetError as e:
        lines = str(e).splitlines()
        print(desc, lines[0] if 'Cannot find' in lines[0] else '', lines[-1])


names = ['foo', 'bar', 'axis', 'a', 'b', 'zz', 'dtype', 'keepdims', 'xyz', 'order']
combos = [c for k in (2, 3, 4) for c in itertools.combinations(names, k)][::9]
for fn in ['atleast_1d', 'atleast_2d', 'atleast_3d']:
    for combo in combos:
        kw = {k: i + 1 for i, k in enumerate(combo)}
        show('%s %s' % (fn, combo), lambda: getattr(np, fn)(x, y, **kw))

for kw in [dict(num_args=2), dict(num_args=1), dict(num_args='2'), dict(num_args=3), dict(num_args=2.0),
           dict(num_args=True), dict(num_args=None), dict(num_args=0), dict(num_args=-1), dict(num_args='x'),
           dict(foo=1, num_args=2), dict(num_args=5, foo=1, bar=2), dict(foo=1, num_args=1, bar=3)]:
    for arys in [(x,), (x, y)]:
        show('atleast_2d %d %s' % (len(arys), sorted(kw.items())), lambda: np.atleast_2d(*arys, **kw))
show('atleast_1d none num_args=1', lambda: np.atleast_1d(num_args=1))
show('nd.np atleast_3d', lambda: mx.nd.np.atleast_3d(x, num_args=1))
show('nd.np atleast_3d unknown', lambda: mx.nd.np.atleast_3d(x, b=2, num_args=1, c=3, a=1))
