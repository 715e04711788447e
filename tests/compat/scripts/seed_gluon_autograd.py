# Founding tutorial "Python 包 / Autograd": a two-layer network's gradients with autograd.
from mxnet import autograd
import mxnet as mx
from mxnet.gluon.nn import HybridSequential, Dense
from mxnet.gluon.loss import L2Loss

N_net = HybridSequential()
N_net.add(Dense(units=3))
N_net.add(Dense(units=1))
N_net.initialize()
loss_function = L2Loss()
x = mx.nd.array([[0.5, 0.9]])
y = mx.nd.array([[1.5]])
with autograd.record():
    y_hat = N_net(x)
    loss = loss_function(y_hat, y)
loss.backward()
print(N_net[0].weight.grad())
print(N_net)
print(y_hat, loss)
