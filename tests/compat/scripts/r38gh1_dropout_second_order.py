"""A second order through Dropout (recorded in training mode), as MXNet's _backward_Dropout gives it: zeros_like
gradients to its output gradient and its mask, so the ops before it run on zeros (signed zeros show) and one
without a gradient of its own is passed by; get_symbol shows the node reading Dropout's mask. clip alongside."""
import json

import mxnet as mx
from mxnet import autograd as ag, nd

CASES = {
    "drop>pow": lambda x: nd.Dropout(x, p=0.0) ** 2,
    "drop>sin": lambda x: nd.sin(nd.Dropout(x, p=0.0)),
    "sin>drop": lambda x: nd.Dropout(nd.sin(x), p=0.0),
    "drop*3": lambda x: nd.Dropout(x, p=0.0) * 3,
    "drop>mul": lambda x: nd.Dropout(x, p=0.0) * x,
    "drop>drop": lambda x: nd.Dropout(nd.Dropout(x, p=0.0), p=0.0),
    "drop": lambda x: nd.Dropout(x, p=0.0),
    "drop.5>sin": lambda x: nd.sin(nd.Dropout(x, p=0.5)),
    "drop>tanh": lambda x: nd.tanh(nd.Dropout(x, p=0.0)),
    "drop>sigmoid": lambda x: nd.sigmoid(nd.Dropout(x, p=0.0)),
    "drop>log": lambda x: nd.log(nd.Dropout(x, p=0.0)),
    "clip>pow": lambda x: nd.clip(x, 0, 0.6) ** 2,
    "clip>sin": lambda x: nd.sin(nd.clip(x, 0, 0.6)),
}
for name, f in CASES.items():
    mx.random.seed(5)
    x = nd.array([0.2, 0.5, 0.7])
    x.attach_grad()
    try:
        with ag.record():
            y = f(x)
            dx = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
        nodes = [(n["op"], n["name"], n["inputs"]) for n in json.loads(ag.get_symbol(dx).tojson())["nodes"]]
        dx.backward()
        print(name, dx.asnumpy().tolist(), x.grad.asnumpy().tolist(), nodes)
    except mx.MXNetError as e:
        print(name, "MXNetError", str(e).split("\n")[-1])
