"""Hybridized np.random.beta / chisquare with array parameters and choice from an array: values and graph nodes."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()


class Block(HybridBlock):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def hybrid_forward(self, F, *xs):
        return self.fn(F, *xs)


cases = [
    ("beta", lambda F, a, b: F.np.random.beta(a, b, size=(2, 3), dtype='float64', ctx=None), 2),
    ("beta size None", lambda F, a, b: F.np.random.beta(a, b, size=None), 2),
    ("beta size ()", lambda F, a, b: F.np.random.beta(a, b, size=()), 2),
    ("chisquare", lambda F, a: F.np.random.chisquare(a, size=(2, 3), dtype='float32', ctx=None), 1),
    ("chisquare 6", lambda F, a: F.np.random.chisquare(a, size=6), 1),
    ("choice of a", lambda F, a: F.np.random.choice(a=a, size=5, replace=False, p=None), 1),
    ("choice of a, p", lambda F, a, p: F.np.random.choice(a, 5, True, p), 2),
]
for name, fn, n in cases:
    mx.random.seed(5)
    xs = [np.array([1.5]) for _ in range(n)]
    if name.startswith("choice"):
        xs = [np.arange(10) * 2] + ([np.ones(10) / 10] if n == 2 else [])
    for hybridize in [False, True]:
        mx.random.seed(5)
        net = Block(fn)
        if hybridize:
            net.hybridize()
        out = net(*xs)
        print(name, hybridize, out.shape, out.dtype, out)
    variables = [mx.sym.var('x%d' % i).as_np_ndarray() for i in range(n)]
    sym = fn(mx.sym, *variables)
    print([(node['op'], sorted(node.get('attrs', {}).items())) for node in json.loads(sym.tojson())['nodes']])
    print(sym.list_arguments())
