"""Hybridized np.quantile with an array q scales it by 100 (a multiply_scalar node, as MXNet) before the percentile node."""
# recorded on AVX2
import itertools
import json
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()
_np.set_printoptions(precision=6)


class Quantile(HybridBlock):
    def __init__(self, axis, interpolation, keepdims):
        super().__init__()
        self.axis, self.interpolation, self.keepdims = axis, interpolation, keepdims

    def hybrid_forward(self, F, x, q):
        return F.np.quantile(x, q, axis=self.axis, interpolation=self.interpolation, keepdims=self.keepdims)


rs = _np.random.RandomState(0)
for (a_shape, q_shape, axis), interpolation, keepdims in itertools.product(
        [((2, 3), (), None), ((2, 3, 4, 5), (), 3), ((2, 3, 4), (3,), (0, 2)), ((2, 3, 4), (3,), 1)],
        ['lower', 'higher', 'nearest', 'midpoint'], [True, False]):
    a = np.array(rs.uniform(-10, 10, a_shape), dtype='float32')
    q = np.array(rs.uniform(0, 1, q_shape), dtype='float32')
    for hybridize in [False, True]:
        net = Quantile(axis, interpolation, keepdims)
        if hybridize:
            net.hybridize()
        out = net(a, q)
        print(a_shape, axis, interpolation, keepdims, hybridize, out.shape, out.dtype, out.asnumpy().ravel()[:4])
for q in [mx.sym.var('q').as_np_ndarray(), 0.3]:
    sym = mx.sym.np.quantile(mx.sym.var('a').as_np_ndarray(), q, axis=1)
    print([(n['op'], n['name'], sorted(n.get('attrs', {}).items())) for n in json.loads(sym.tojson())['nodes']],
          sym.list_outputs())
