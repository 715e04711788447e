"""Hybridized var/std with dtype= (method and function): the result type asked for, computed as MXNet's kernel."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class Moment(HybridBlock):
    def __init__(self, name, method, **kwargs):
        super(Moment, self).__init__()
        self.name_, self.method, self.kwargs = name, method, kwargs

    def hybrid_forward(self, F, a):
        if self.method:
            return getattr(a, self.name_)(**self.kwargs)
        return getattr(F.np, self.name_)(a, **self.kwargs)


rs = onp.random.RandomState(3)
inputs = {'float16': rs.uniform(-1, 1, (2, 3, 4)), 'float32': rs.uniform(-1, 1, (2, 3, 4)),
          'float64': rs.uniform(-1, 1, (2, 3, 4)), 'int8': rs.randint(-16, 16, (2, 3, 4)),
          'int32': rs.randint(-16, 16, (2, 3, 4)), 'int64': rs.randint(-16, 16, (2, 3, 4))}
for name in ['var', 'std']:
    for itype, data in inputs.items():
        for dtype in [None, 'float16', 'float32', 'float64']:
            for axis, ddof in [(None, 0), (1, 1), ((0, 2), 0)]:
                for method in [True, False]:
                    x = np.array(data, dtype=itype)
                    net = Moment(name, method, axis=axis, dtype=dtype, ddof=ddof, keepdims=axis == 1)
                    net.hybridize()
                    try:
                        y = net(x)
                        print(name, itype, dtype, axis, method, y.dtype, y.shape, y.asnumpy().ravel()[:4].tolist())
                    except Exception as e:
                        print(name, itype, dtype, axis, method, 'ERR', type(e).__name__)
