"""Hybridized (and symbolic) np.cumsum keeps an integer input type (int8/int32/uint8, wrapping) where no dtype is given, as imperative does."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class C(HybridBlock):
    def __init__(self, **kw):
        super().__init__(); self.kw = kw
    def hybrid_forward(self, F, x):
        return F.np.cumsum(x, **self.kw)
v = _np.random.RandomState(0).randint(-50, 50, size=(2, 3, 4))
for it in ['int8', 'int32', 'int64', 'uint8', 'bool', 'float16', 'float32']:
    for dt in [None, 'int32', 'float32', 'int64']:
        for axis in [None, 1]:
            for hyb in [False, True]:
                net = C(axis=axis, dtype=dt)
                if hyb: net.hybridize()
                x = np.array(v, dtype=it)
                try:
                    y = net(x)
                    print(it, dt, axis, hyb, y.dtype, y.asnumpy().ravel()[:4].tolist())
                except Exception as e:
                    print(it, dt, axis, hyb, "ERR", type(e).__name__, str(e).splitlines()[-1][:120])
x = mx.sym.var('x').as_np_ndarray()
y = mx.sym.np.cumsum(x)
print(y.infer_type(x='int32'))
ex = y.as_nd_ndarray().bind(mx.cpu(), {'x': mx.nd.array([1, 2, 3], dtype='int32')})
print(ex.forward()[0].dtype)
