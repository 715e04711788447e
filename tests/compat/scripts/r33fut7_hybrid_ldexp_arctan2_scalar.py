"""Hybridized/symbolic np.ldexp and np.arctan2 with a scalar on either side build MXNet's _npi_(r)ldexp_scalar / _npi_(r)arctan2_scalar nodes, with their values and grads (float arrays)."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
class B(HybridBlock):
    def __init__(self, fn):
        super().__init__(); self.fn = fn
    def hybrid_forward(self, F, x):
        return self.fn(F, x)
fns = [("ldexp(x, 2)", lambda F, x: F.np.ldexp(x, 2)), ("ldexp(x, 1.5)", lambda F, x: F.np.ldexp(x, 1.5)),
       ("ldexp(2.5, x)", lambda F, x: F.np.ldexp(2.5, x)), ("ldexp(3, x)", lambda F, x: F.np.ldexp(3, x)),
       ("arctan2(x, 0.5)", lambda F, x: F.np.arctan2(x, 0.5)), ("arctan2(0.5, x)", lambda F, x: F.np.arctan2(0.5, x)),
       ("arctan2(x, 2)", lambda F, x: F.np.arctan2(x, 2))]
for name, fn in fns:
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
import json
x = mx.sym.var("x").as_np_ndarray()
for s in [mx.sym.np.ldexp(x, 2), mx.sym.np.ldexp(2.5, x), mx.sym.np.arctan2(x, 0.5), mx.sym.np.arctan2(0.5, x)]:
    n = json.loads(s.tojson())["nodes"][-1]
    print(n["op"], n["name"], sorted(n.get("attrs").items()))
