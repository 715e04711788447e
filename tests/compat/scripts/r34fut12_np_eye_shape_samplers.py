"""np.eye with M=0 inside a hybridized block, and weibull/pareto gradients (imperative and hybridized) to the bit."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock

npx.set_np()
_np.set_printoptions(precision=8)


class Eye(HybridBlock):
    def __init__(self, *config, **kwargs):
        super().__init__()
        self.config, self.kwargs = config, kwargs

    def hybrid_forward(self, F, x):
        return x + F.np.eye(*self.config, **self.kwargs)


for config in [(4, 0), (0, 0), (0, 3), (0, 0, -2), (4, None, 1), (3, 2, -2)]:
    for dtype in ['int32', 'float16', None]:
        net = Eye(*config, dtype=dtype)
        net.hybridize()
        out = net(np.zeros((), dtype=dtype))
        print("eye", config, dtype, out.shape, out.dtype, out.asnumpy().tolist())


class Sampler(HybridBlock):
    def __init__(self, name, size):
        super().__init__()
        self.name_, self.size = name, size

    def hybrid_forward(self, F, a):
        return getattr(F.np.random, self.name_)(a, self.size)


for name in ['weibull', 'pareto']:
    for dtype in ['float16', 'float32']:
        for a_shape, size in [((4, 5), (4, 5)), ((5,), (3, 5)), ((), (7,))]:
            for hybridize in [False, True]:
                mx.random.seed(11)
                net = Sampler(name, size)
                if hybridize:
                    net.hybridize()
                a = np.array(_np.random.RandomState(3).uniform(0.3, 3, a_shape), dtype=dtype)
                a.attach_grad()
                try:
                    with mx.autograd.record():
                        out = net(a)
                    out.backward(np.ones(size) * 0.7)
                    print(name, dtype, a_shape, hybridize, out.asnumpy(), a.grad.asnumpy())
                except mx.base.MXNetError as e:
                    print(name, dtype, a_shape, hybridize, "MXNetError",
                          [l for l in str(e).splitlines() if "Check failed" in l][-1:])
