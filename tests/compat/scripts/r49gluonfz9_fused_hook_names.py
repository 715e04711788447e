"""A block optimized for the MKLDNN backend shows its fused nodes to an op hook as MXNet names them: outputs 'output', a fused convolution's inputs by role (data, weight, bias, gamma, beta, mean, var, sum), a fused fully connected node's after its subgraph's variables."""
import mxnet as mx
from mxnet import gluon, nd, autograd
nn = gluon.nn


class Res(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        with self.name_scope():
            self.c1 = nn.Conv2D(2, 3, padding=1, in_channels=2)
            self.bn = nn.BatchNorm(in_channels=2)
            self.c2 = nn.Conv2D(2, 1, in_channels=2, use_bias=False)
            self.d = nn.Dense(3, in_units=2 * 5 * 5)
            self.e = nn.Dense(2, in_units=3, use_bias=False, flatten=False)

    def hybrid_forward(self, F, x):
        y = F.relu(self.bn(self.c1(x)) + x)
        z = self.c2(y) + y
        return self.e(F.relu(self.d(F.relu(z))))


mx.random.seed(1)
x = nd.random.uniform(shape=(1, 2, 5, 5))
for static in (False, True):
    for monitor_all in (False, True):
        print('static_alloc', static, 'monitor_all', monitor_all)
        net = Res()
        net.initialize()
        net.register_op_hook(lambda name, op, arr: print('  hook', name.decode(), op.decode()), monitor_all=monitor_all)
        net.hybridize(static_alloc=static)
        net(x)
        net.optimize_for(x, backend='MKLDNN', static_alloc=static)
        print('  out', net(x).asnumpy().ravel()[:3].tolist())
        with autograd.record():
            print('  recorded', net(x).asnumpy().ravel()[:3].tolist())
