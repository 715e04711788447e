"""A backward that fails (a gradient MXNet cannot differentiate again) leaves the recorded graph in place, as MXNet's; a hybridized block refuses create_graph."""
# recorded on AVX2
import json
import mxnet as mx
from mxnet import autograd, nd, gluon


def ops(a):
    return [(n["op"], n["name"]) for n in json.loads(autograd.get_symbol(a).tojson())["nodes"] if n["op"] != "null"]


mx.random.seed(0)
net = gluon.nn.HybridSequential()
net.add(gluon.nn.Dense(4, activation='tanh'), gluon.nn.Dense(1))
net.initialize(mx.init.Xavier())
x = nd.array([[0.7, 2.0, 0.5], [1.5, 1.2, 0.9]])
x.attach_grad()
for hybrid in (False, True):
    if hybrid:
        net.hybridize()
    try:
        with autograd.record():
            y = net(x)
            g = autograd.grad(y, [x], create_graph=True, retain_graph=True)[0]
            print(g)
            z = nd.sum(nd.elemwise_mul(g, nd.sin(g)))
        try:
            z.backward()
            print(x.grad)
        except Exception as e:
            print("ERR", type(e).__name__, str(e).strip().splitlines()[-1][:150])
        print(ops(g))
        print(ops(z))
    except Exception as e:
        print("ERR", type(e).__name__, str(e).strip().splitlines()[-1][:150])
w = nd.array([1.0, 2.0, 3.0])
w.attach_grad()
with autograd.record():
    y = nd.sin(w) * w
    g = autograd.grad(y, [w], create_graph=True, retain_graph=True)[0]
    z = nd.sum(g)
try:
    z.backward()
except Exception as e:
    print("ERR", type(e).__name__, str(e).strip().splitlines()[-1][:150])
print(ops(z))
z2 = z * 1
print(w.grad)
