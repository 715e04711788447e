"""im2col and col2im pass their gradients on to the ops before them (a product feeding them), in a graph and under autograd."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd, sym

np.random.seed(0)
x = nd.array(np.random.uniform(-1, 1, (1, 2, 5, 5)))
l = nd.array(np.random.uniform(-1, 1, (1, 2, 5, 5)))
for kw in [dict(kernel=(2, 2)), dict(kernel=(3, 3), stride=(2, 2), pad=(1, 1))]:
    s = sym.im2col(sym.var("x") * sym.var("l"), **kw)
    grads = {"x": nd.zeros(x.shape), "l": nd.zeros(l.shape)}
    ex = s.bind(mx.cpu(), {"x": x, "l": l}, args_grad=grads)
    y = ex.forward(is_train=True)[0]
    head = nd.array(np.random.uniform(-1, 1, y.shape))
    ex.backward([head])
    print(kw, "graph", y.shape, grads["x"].asnumpy().ravel()[:8].tolist())
    a, b = x.copy(), l.copy()
    a.attach_grad()
    with mx.autograd.record():
        z = nd.im2col(a * b, **kw)
    z.backward(head)
    print(kw, "autograd", a.grad.asnumpy().ravel()[:8].tolist())
    c = nd.array(np.random.uniform(-1, 1, y.shape))
    c.attach_grad()
    with mx.autograd.record():
        img = nd.col2im(c * 2, output_size=(5, 5), **kw)
    img.backward(nd.array(np.random.uniform(-1, 1, img.shape)))
    print(kw, "col2im", img.shape, c.grad.asnumpy().ravel()[:8].tolist())
