# A HybridSequential of activation layers and lambdas, compared imperative vs hybridized, with gradients
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

x = nd.array([[-2.0, -0.5, 0.0, 0.5, 2.0], [3.0, -3.0, 1.0, -1.0, 0.25]])
layers = [nn.LeakyReLU(0.1), nn.ELU(alpha=0.7), nn.SELU(), nn.Swish(beta=1.5), nn.GELU(),
          nn.PReLU(alpha_initializer=mx.init.Constant(0.2)), nn.Activation('softsign'), nn.Activation('softrelu'),
          nn.HybridLambda(lambda F, v: F.clip(v, -1, 1)), nn.HybridLambda('tanh')]
for layer in layers:
    layer.initialize()
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    y.backward()
    g = x.grad.copy()
    layer.hybridize()
    y2 = layer(x)
    print(type(layer).__name__, y.asnumpy().tolist(), g.asnumpy().tolist(), (y2 == y).asnumpy().all())
net = nn.HybridSequential()
net.add(nn.Dense(4, in_units=5), nn.LeakyReLU(0.2), nn.Dense(3), nn.ELU(), nn.Flatten(), nn.Dropout(0.4))
net.initialize(mx.init.Uniform(0.5))
lam = nn.Lambda(lambda v: nd.softmax(v))
mx.random.seed(0)
net.initialize(mx.init.Uniform(0.5), force_reinit=True)
out = lam(net(x))
net.hybridize()
print(out.asnumpy().tolist(), (lam(net(x)) == out).asnumpy().all())
print(net)
