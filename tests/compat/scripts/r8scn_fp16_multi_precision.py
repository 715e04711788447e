# Half precision on the CPU: net.cast('float16') parameters (FullyConnected in float16 needs cuDNN),
# float32 master weights
# updated by mp_sgd_mom_update / multi_precision optimizers, float16 rounding of values
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
import numpy as np

mx.random.seed(150)
X = nd.random.normal(shape=(16, 4))
net = nn.HybridSequential()
net.add(nn.Dense(8, activation='relu', in_units=4), nn.Dense(1, in_units=8))
net.initialize(mx.init.Xavier())
net.cast('float16')
X16 = X.astype('float16')
print(net[0].weight.dtype, net[0].weight.data().dtype, net[1].bias.data().dtype)

w16 = nd.array([[0.5, -0.25, 0.125]], dtype='float16')
w32 = w16.astype('float32')
mom = nd.zeros((1, 3))
for step in range(4):
    g16 = nd.array([[1e-3, -2e-4, 3.3e-5]], dtype='float16') * (step + 1)
    nd.mp_sgd_mom_update(w16, g16, mom, w32, out=w16, lr=0.5, momentum=0.9, wd=0.01)
    print(step, w16.asnumpy().astype(np.float32).tolist(), w32.asnumpy().tolist(), mom.asnumpy().tolist())
opt = mx.optimizer.create('adam', learning_rate=0.1, multi_precision=True)
weight = nd.array([1.0, 2.0, 3.0], dtype='float16')
state = opt.create_state_multi_precision(0, weight)
print(type(state).__name__, state[0].dtype, [s.dtype for s in state[1]])
for _ in range(3):
    opt.update_multi_precision(0, weight, nd.array([0.1, -0.2, 0.3], dtype='float16'), state)
print(weight.asnumpy().astype(np.float32).tolist(), state[0].asnumpy().tolist())
half = nd.array([65504, 1e-8, 3.14159], dtype='float16')
print(half.asnumpy().tolist(), (half * 2).asnumpy().tolist(), half.astype('float32').asnumpy().tolist())
print(nd.cast(nd.array([1.0001, 2048.5, -0.33333]), dtype='float16').asnumpy().tolist())
print(nd.sum(nd.ones((3000,), dtype='float16')).asnumpy().tolist(), nd.mean(half).asnumpy().tolist())
