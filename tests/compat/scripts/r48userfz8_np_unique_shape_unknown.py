"""Symbolic np.unique leaves its outputs' shapes unknown (their lengths depend on the values), so full shape inference returns None with its warning and a hybridized block with deferred parameters before it cannot initialize them, as MXNet does."""
import warnings

import mxnet as mx
from mxnet import gluon, np, npx
from mxnet.gluon import nn

npx.set_np()

data = mx.sym.var('data').as_np_ndarray()
for label, sym in [('values', mx.sym.np.unique(data)),
                   ('with counts', mx.sym.Group(list(mx.sym.np.unique(data, return_counts=True)))),
                   ('summed', mx.sym.np.sum(mx.sym.np.unique(data))),
                   ('beside', mx.sym.Group([mx.sym.np.unique(data), data * 2]))]:
    print(label, 'partial', sym.infer_shape_partial(data=(3, 2)))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        print(label, 'full', sym.infer_shape(data=(3, 2)), [str(w.message) for w in caught])


class Distinct(gluon.HybridBlock):
    def __init__(self, in_units=0, **kwargs):
        super().__init__(**kwargs)
        self.proj = nn.Dense(2, in_units=in_units)

    def hybrid_forward(self, F, x):
        return F.np.unique(F.np.round(self.proj(x)))


x = np.array([[1., 2.], [0., 0.5], [3., 1.]])
for in_units in (0, 2):
    net = Distinct(in_units)
    net.initialize(mx.init.Constant(0.5))
    net.hybridize()
    try:
        print(in_units, net(x))
    except ValueError as e:
        print(in_units, 'ValueError', repr(str(e)))
