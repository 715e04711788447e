"""A Dropout node's mask serves one backward: later backwards through it (retain_graph, autograd.grad, an executor's second backward, a hybridized block) pass the gradient through unchanged, as MXNet's op state does."""
# recorded on AVX2
import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd

x = nd.array(np.random.RandomState(0).uniform(-1, 1, (2, 5)))
x.attach_grad()
mx.random.seed(5)
with autograd.record():
    y = nd.Dropout(x, p=0.4)
    z = y * 2
for k in range(3):
    z.backward(retain_graph=True); print(x.grad.asnumpy().tolist())
g = autograd.grad(z, [x], retain_graph=True); print(g[0].asnumpy().tolist())
mx.random.seed(5)
with autograd.record():
    y = nd.Dropout(x, p=0.4, axes=(1,))
g = autograd.grad(y, [x], retain_graph=True); print(g[0].asnumpy().tolist())
g = autograd.grad(y, [x], retain_graph=True); print(g[0].asnumpy().tolist())
s = mx.sym.Dropout(mx.sym.var('x'), p=0.4) * 2
mx.random.seed(5)
ex = s.bind(mx.cpu(), {'x': x}, args_grad={'x': nd.zeros((2, 5))})
ex.forward(is_train=True)
for k in range(2):
    ex.backward(nd.ones((2, 5))); print('exec', ex.grad_dict['x'].asnumpy().tolist())
ex.forward(is_train=True); ex.backward(nd.ones((2, 5))); print('exec2', ex.grad_dict['x'].asnumpy().tolist())
net = gluon.nn.HybridSequential(); net.add(gluon.nn.Dropout(0.4)); net.initialize()
for hyb in (False, True):
    if hyb: net.hybridize()
    xx = x.copy(); xx.attach_grad()
    mx.random.seed(5)
    with autograd.record():
        y = net(xx)
    for k in range(2):
        y.backward(retain_graph=True); print('gluon', hyb, xx.grad.asnumpy().tolist())
