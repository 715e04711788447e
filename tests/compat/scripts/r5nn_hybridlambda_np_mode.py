"""Under npx.set_np(), a HybridLambda of a function runs it on mx.np arrays and symbols (hybridized or not);
one given an operator's name calls the legacy operator, which refuses them. Lambda alike."""
import mxnet as mx
from mxnet.gluon import nn
from mxnet import nd

mx.npx.set_np()
for f in (lambda F, x: F.np.tanh(x) * 2, lambda F, x: F.tanh(x) * 2, lambda F, x: x * 2, lambda F, x: F.npx.relu(x),
          'tanh', 'relu'):
    for hybrid in (True, False):
        net = nn.HybridLambda(f)
        if hybrid:
            net.hybridize()
        try:
            y = net(mx.np.ones((2, 3)) * 0.5)
            print(hybrid, type(y).__name__, y.tolist())
        except Exception as e:
            print(hybrid, type(e).__name__)
net = nn.HybridSequential()
net.add(nn.Dense(3, in_units=3), nn.HybridLambda(lambda F, x: F.np.maximum(x, 0.1)))
net.initialize(mx.init.One())
net.hybridize()
print(net(mx.np.ones((2, 3))).tolist())
for npmode in (True, False):
    if not npmode:
        mx.npx.reset_np()
    for f in (lambda x: mx.np.tanh(x) * 2, lambda x: x * 2, lambda x: nd.tanh(x), 'tanh'):
        for inp in (mx.np.ones((2, 3)) * 0.5, nd.ones((2, 3)) * 0.5):
            try:
                y = nn.Lambda(f)(inp)
                print(npmode, type(y).__name__, y.asnumpy().tolist()[0][:2])
            except Exception as e:
                print(npmode, type(e).__name__)
