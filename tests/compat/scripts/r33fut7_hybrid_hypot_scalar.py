"""Hybridized/symbolic np.hypot with a scalar on either side builds MXNet's _hypot_scalar node (is_int as MXNet writes it), with its values and grads."""
# recorded on AVX2
import json
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
x = mx.sym.var('x').as_np_ndarray()
for s in [mx.sym.np.hypot(x, 3), mx.sym.np.hypot(3, x), mx.sym.np.hypot(x, 2.5), mx.sym.np.hypot(2.5, x)]:
    n = json.loads(s.tojson())['nodes'][-1]
    print(n['op'], n['name'], sorted(n.get('attrs').items()))
class B(HybridBlock):
    def __init__(self, fn):
        super().__init__(); self.fn = fn
    def hybrid_forward(self, F, x):
        return self.fn(F, x)
for name, fn in [("hypot(x, 3)", lambda F, x: F.np.hypot(x, 3)), ("hypot(2.5, x)", lambda F, x: F.np.hypot(2.5, x))]:
    for dt in ['float32', 'float64', 'float16']:
        for hyb in [False, True]:
            net = B(fn)
            if hyb: net.hybridize()
            x = np.array(_np.random.RandomState(0).uniform(-2, 2, size=(2, 3)), dtype=dt)
            x.attach_grad()
            try:
                with mx.autograd.record():
                    y = net(x)
                y.backward()
                print(name, dt, hyb, y.dtype, y.asnumpy().ravel()[:3].tolist(), x.grad.asnumpy().ravel()[:3].tolist())
            except Exception as e:
                print(name, dt, hyb, "ERR", type(e).__name__, str(e).splitlines()[-1][:150])
