"""mx.sym.np.copysign with a scalar builds MXNet's _npi_(r)copysign_scalar node (evaluates), and a hybridized block holding it fails building its gradient graph, as MXNet 1.9.1's."""
# recorded on AVX2
import json
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()
x = mx.sym.var('x').as_np_ndarray()
for s in [mx.sym.np.copysign(x, -1), mx.sym.np.copysign(-2.5, x)]:
    n = json.loads(s.tojson())['nodes'][-1]
    print(n['op'], n['name'], sorted(n.get('attrs').items()))
class B(HybridBlock):
    def __init__(self, fn):
        super().__init__(); self.fn = fn
    def hybrid_forward(self, F, x):
        return self.fn(F, x)
for name, fn in [("copysign(x, -1)", lambda F, x: F.np.copysign(x, -1)), ("copysign(-2.5, x)", lambda F, x: F.np.copysign(-2.5, x))]:
    for dt in ['float32', 'float64', 'float16', 'int32']:
        for hyb in [False, True]:
            net = B(fn)
            if hyb: net.hybridize()
            x = np.array(_np.random.RandomState(0).uniform(-2, 2, size=(2, 3)), dtype=dt)
            try:
                y = net(x)
                print(name, dt, hyb, y.dtype, y.asnumpy().ravel()[:3].tolist())
            except Exception as e:
                print(name, dt, hyb, "ERR", type(e).__name__, str(e).splitlines()[-1][:150])
class B2(HybridBlock):
    def hybrid_forward(self, F, x):
        return F.np.copysign(x, -1) + 1
for k in range(2):
    n = B2(); n.hybridize()
    try:
        print(n(np.ones(3)))
    except Exception as e:
        print(type(e).__name__, str(e).replace("\n", " | "))
x = mx.sym.var('x').as_np_ndarray()
s = mx.sym.np.copysign(x, -1)
print(s.as_nd_ndarray().eval(x=mx.nd.ones(3))[0])
