"""Convolution/Deconvolution layers on float16/integer data (CPU): the backward of a failed head runs its own kernel and refuses at its own line (the forward's error stays for waitall); through a loss, the forward's error reaches the gradients."""
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn


def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


layers = [('Conv2D', lambda: nn.Conv2D(2, 3, in_channels=2), (1, 2, 5, 5)),
          ('Conv2DTranspose', lambda: nn.Conv2DTranspose(2, 3, in_channels=2), (1, 2, 5, 5)),
          ('Conv1D', lambda: nn.Conv1D(2, 3, in_channels=2), (1, 2, 5))]
for dt in ['float16', 'int32', 'int8', 'uint8']:
    for name, make, shape in layers:
        net = make()
        net.initialize(mx.init.One())
        net.cast(dt)
        x = nd.ones(shape, dtype=dt)
        x.attach_grad()
        tag = (dt, name)
        with autograd.record():
            y = net(x)
        show(tag + ('backward',), lambda: y.backward())
        show(tag + ('weight.grad',), lambda: net.weight.grad().asnumpy().ravel()[:3].tolist())
        show(tag + ('x.grad',), lambda: x.grad.asnumpy().ravel()[:3].tolist())
        show(tag + ('waitall',), lambda: nd.waitall())
        with autograd.record():
            y = net(x)
            loss = (y * y).sum()
        show(tag + ('loss backward',), lambda: loss.backward())
        show(tag + ('loss weight.grad',), lambda: net.weight.grad().asnumpy().ravel()[:3].tolist())
        show(tag + ('loss waitall',), lambda: nd.waitall())
