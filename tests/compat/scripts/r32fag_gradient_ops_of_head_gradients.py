"""Under create_graph, the gradients of x + c, x - c, c - x, identity and transpose are recorded as MXNet's nodes (_copy / negative / transpose of the head gradient, with the forward op's attributes or transpose's inverse axes), so get_symbol and later node numbers match."""
# recorded on AVX2
import json

import mxnet as mx
from mxnet import autograd as ag


def show(title, fn, shape=(2, 3, 4)):
    print("==", title)
    x = mx.nd.arange(24).reshape(shape) / 7
    x.attach_grad()
    try:
        with ag.record():
            y = fn(x)
            g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
        graph = json.loads(ag.get_symbol(g).tojson())
        for node in graph["nodes"]:
            print("  ", node["op"], node["name"], node.get("attrs", {}), node["inputs"])
        print("   sum", g.sum().asscalar(), g.shape)
    except Exception as e:      # noqa: BLE001
        print("   ERR", type(e).__name__, str(e).splitlines()[0][:120])


show("x + 2", lambda x: x + 2)
show("x - 1.5", lambda x: x - 1.5)
show("2 - x", lambda x: 2 - x)
show("identity", mx.nd.identity)
show("transpose", mx.nd.transpose)
show("transpose axes", lambda x: mx.nd.transpose(x, axes=(1, 2, 0)))
show("transpose negative axes", lambda x: mx.nd.transpose(x, axes=(-1, 0, 1)))
show(".T of a product", lambda x: (x * x).T)
show("x * x + 2, summed", lambda x: (x * x + 2).sum())
show("2 - x * x", lambda x: 2 - x * x)
show("transpose then tanh", lambda x: mx.nd.tanh(mx.nd.transpose(x)))
