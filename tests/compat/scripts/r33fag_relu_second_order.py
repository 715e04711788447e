"""relu's gradient under create_graph is MXNet's _backward_relu node (reading the output); grads of grads and get_symbol."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd
import numpy as np

x = nd.array([[-1.0, 2.0, 0.5], [3.0, -0.5, 0.0]])
x.attach_grad()
with autograd.record():
    y = nd.relu(x)
    g = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
    print(g.asnumpy())
print(autograd.get_symbol(g).tojson())
with autograd.record():
    y = nd.relu(x)
    g = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
    g2 = autograd.grad(g, [x], create_graph=True, retain_graph=True)[0]
    print(g2.asnumpy())
print(autograd.get_symbol(g2).tojson())
try:
    with autograd.record():
        y = nd.relu(x * 2)
        g = autograd.grad(y, [x], head_grads=nd.array([[1, 2, 3], [4, 5, 6]]), create_graph=True, retain_graph=True)[0]
        z = (g * g).sum()
    z.backward()
    print(x.grad.asnumpy())
except Exception as e:
    print("ERR", type(e).__name__, str(e).splitlines()[-1])
with autograd.record():
    y = nd.relu(x + 1)
    g = autograd.grad(y, [x], head_grads=nd.array([[1, 2, 3], [4, 5, 6]]), create_graph=True, retain_graph=True)[0]
    z = (g * x).sum()
print(autograd.get_symbol(g).tojson())
z.backward()
print(x.grad.asnumpy())
with autograd.record():
    y = nd.relu(x)
    w = nd.sin(y)
    g = autograd.grad(nd.elemwise_add(y, w), [x], create_graph=True, retain_graph=True)[0]
    g2 = autograd.grad(g, [x], create_graph=True, retain_graph=True)[0]
print(g2.asnumpy())
print(autograd.get_symbol(g2).tojson())
try:
    with autograd.record():
        y = nd.relu(x) * nd.relu(x)
        g = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
        z = (g * x).sum()
    z.backward()
    print(x.grad.asnumpy())
except Exception as e:
    print("ERR", type(e).__name__, str(e).splitlines()[-1])
