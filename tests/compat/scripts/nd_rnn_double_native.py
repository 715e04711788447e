"""The float64 vanilla RNN as MXNet's native CPU kernel: relu passes a positive value (and its gradient) through a
C float cast, tanh is the C library's; a 2-layer bidirectional Gluon RNN in float64, forward and gradients."""
import numpy as np
import mxnet as mx
from mxnet.gluon import rnn

for activation in ("relu", "tanh"):
    mx.random.seed(3)
    net = rnn.RNN(5, 2, bidirectional=True, activation=activation)
    net.initialize(mx.init.Xavier())
    net.cast("float64")
    x = mx.nd.array(np.random.RandomState(5).uniform(-1, 1, (3, 2, 4)), dtype="float64")
    x.attach_grad()
    with mx.autograd.record():
        y = net(x)
        loss = (y * mx.nd.array(np.random.RandomState(6).uniform(-1, 1, y.shape), dtype="float64")).sum()
    loss.backward()
    print(activation, y.asnumpy().ravel().tolist(), x.grad.asnumpy().ravel().tolist())
    for name, p in sorted(net.collect_params().items()):
        print(name.split("_", 1)[-1], p.grad().asnumpy().ravel()[:6].tolist())
