"""get_symbol of create_graph gradients that are MXNet's zeros_like nodes (second order of relu, floor, comparisons; third of relu) shows zeros_like reading the variable, instead of recursing forever."""
# recorded on AVX2
import json

import mxnet as mx
from mxnet import autograd as ag


def show(title, fn, order):
    print("==", title, order)
    x = mx.nd.array([0.3, -0.5, 0.9, 2.0])
    x.attach_grad()
    try:
        with ag.record():
            g = fn(x)
            for _ in range(order):
                g = ag.grad(g, [x], create_graph=True, retain_graph=True)[0]
        for node in json.loads(ag.get_symbol(g).tojson())["nodes"]:
            print("  ", node["op"], node["inputs"])
        print("   value", g.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print("   ERR", str(e).strip().splitlines()[-1][:110])


show("relu", mx.nd.relu, 2)
show("relu", mx.nd.relu, 3)
show("floor", mx.nd.floor, 1)
show("floor * x", lambda x: mx.nd.floor(x) * x, 2)
show("x > 1", lambda x: x > 1, 1)
show("sign", mx.nd.sign, 1)
