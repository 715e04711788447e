"""Hybridized np.random normal/lognormal/gumbel/logistic: the scale's gradient is the kept unit noise, to the last bit."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from mxnet.gluon import HybridBlock
npx.set_np()


class Sampler(HybridBlock):
    def __init__(self, name, size):
        super(Sampler, self).__init__()
        self.name_, self.size = name, size

    def hybrid_forward(self, F, loc, scale):
        if self.name_ == 'lognormal':
            return F.np.random.lognormal(loc, scale, self.size)
        return getattr(F.np.random, self.name_)(loc=loc, scale=scale, size=self.size)


onp.set_printoptions(precision=9)
for name in ['normal', 'lognormal', 'gumbel', 'logistic']:
    for (s1, s2), size in zip([[(3, 2), (3, 2)], [(3, 2, 2), (3, 2, 2)], [(3, 4, 5), (4, 1)]],
                              [(3, 2), (4, 3, 2, 2), (3, 4, 5)]):
        for hybridize in [False, True]:
            rs = onp.random.RandomState(len(s1) + len(s2))
            loc = np.array(rs.uniform(-1, 1, s1), dtype='float32')
            scale = np.array(rs.uniform(0.5, 1.5, s2), dtype='float32')
            loc.attach_grad()
            scale.attach_grad()
            mx.random.seed(7)
            net = Sampler(name, size)
            if hybridize:
                net.hybridize()
            with mx.autograd.record():
                out = net(loc, scale)
            out.backward()
            print(name, s1, s2, size, hybridize, out.shape)
            print('  out', out.asnumpy().ravel()[:4])
            print('  dloc', loc.grad.asnumpy().ravel()[:6].tolist())
            print('  dscale', scale.grad.asnumpy().ravel()[:6].tolist())
