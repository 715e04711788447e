"""Under create_graph, add_n's gradient is one _copy node per input reached (numbered as MXNet runs them): get_symbol of grads and grads of grads."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd


def ops(sym):
    import json
    return [(n["op"], n["name"], n["inputs"]) for n in json.loads(sym.tojson())["nodes"]]


x = nd.array([[-1.0, 2.0, 0.5], [3.0, -0.5, 0.0]])
x.attach_grad()
with autograd.record():
    g = autograd.grad(nd.add_n(nd.sin(x), x, nd.exp(x)), [x], create_graph=True, retain_graph=True)[0]
print(g.asnumpy())
for o in ops(autograd.get_symbol(g)):
    print(o)
with autograd.record():
    g = autograd.grad(nd.ElementWiseSum(nd.sin(x), x * 2), [x], create_graph=True, retain_graph=True)[0]
print(g.asnumpy())
for o in ops(autograd.get_symbol(g)):
    print(o)
with autograd.record():
    y = nd.exp(x)
    w = nd.sin(y)
    g = autograd.grad(nd.elemwise_add(y, w), [x], create_graph=True, retain_graph=True)[0]
    g2 = autograd.grad(g, [x], create_graph=True, retain_graph=True)[0]
print(g2.asnumpy())
for o in ops(autograd.get_symbol(g2)):
    print(o)
with autograd.record():
    y = nd.relu(x)
    g = autograd.grad(nd.elemwise_add(y, nd.sin(y)), [x], create_graph=True, retain_graph=True)[0]
    g2 = autograd.grad(g, [x], create_graph=True, retain_graph=True)[0]
print(g2.asnumpy())
for o in ops(autograd.get_symbol(g2)):
    print(o)
with autograd.record():
    g = autograd.grad(nd.add_n(nd.tanh(x), nd.square(x)), [x], create_graph=True, retain_graph=True)[0]
    z = nd.sum(g)
z.backward()
print(x.grad.asnumpy())
