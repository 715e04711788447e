"""Gluon under npx.set_np(): Constant values, split_and_load of numpy data, and the Block output check."""
import numpy as onp
import mxnet as mx
from mxnet import gluon, np, npx
npx.set_np()
c = gluon.Constant('c', [1.0, 2.0]); print(type(c.value).__name__)
c2 = gluon.Constant('c2', onp.array([1.0, 2.0])); print(type(c2.value).__name__, c2.value.dtype)
c.initialize(); print(type(c.data()).__name__)
r = gluon.utils.split_and_load(onp.arange(6).reshape(3, 2), [mx.cpu()]); print([type(v).__name__ for v in r], r[0].dtype)
class B(gluon.Block):
    def forward(self, x):
        return mx.nd.array([1.0])
try:
    B()(np.ones(2))
    print('no error')
except TypeError as e:
    print('TypeError')
class B2(gluon.Block):
    def forward(self, x):
        return [x, (x, None)]
print(len(B2()(np.ones(2))))
