"""Hybridized np.linalg.norm for matrix orders (1, -1, inf, -inf, 2, -2, nuc over axis pairs or None): values, gradients, graph nodes."""
# recorded on AVX2
import json
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()
_np.set_printoptions(precision=5)


class Norm(HybridBlock):
    def __init__(self, ord, axis, keepdims):
        super().__init__()
        self.ord, self.axis, self.keepdims = ord, axis, keepdims

    def hybrid_forward(self, F, x):
        return F.np.linalg.norm(x, ord=self.ord, axis=self.axis, keepdims=self.keepdims)


# float64 and orders whose values do not hang on the SVD's last bits
configs = [((2, 3, 4), 1, (2, 1)), ((2, 3), -1, None), ((2, 3, 4), '-inf', (1, 0)), ((2, 3, 4), -1, (0, 1)),
           ((2, 3, 4), 'inf', (0, 2)), ((3, 4), 'inf', (1, 0)), ((3, 4), -1, (1, 0)), ((2, 3, 4), 'inf', None),
           ((2, 3, 4), 1, None), ((2, 3, 4), 'inf', 1), ((2, 3, 4), 2, (1, 2)), ((2, 2), 'nuc', None),
           ((2, 3, 4), 'nuc', None), ((3, 4), 2, None), ((3, 4), -2, (0, 1))]
for shape, ord, axis in configs:
    for keepdims in [False, True]:
        mx.random.seed(1)
        a = mx.nd.random.uniform(-10, 10, shape=shape, dtype='float64').as_np_ndarray()
        a.attach_grad()
        net = Norm(ord, axis, keepdims)
        net.hybridize()
        with mx.autograd.record():
            res = net(a)
        res.backward()
        print(shape, ord, axis, keepdims, res.shape, res.dtype, res.asnumpy().ravel()[:4], a.grad.asnumpy().ravel()[:4])
    sym = mx.sym.np.linalg.norm(mx.sym.var('x').as_np_ndarray(), ord=ord, axis=axis)
    print([(n['op'], n['name'], sorted(n.get('attrs', {}).items())) for n in json.loads(sym.tojson())['nodes']],
          sym.list_outputs())
