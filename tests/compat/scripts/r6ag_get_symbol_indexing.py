# autograd.get_symbol of indexed legacy arrays: MXNet records slice/Reshape steps (gather_nd for index arrays),
# each numbered as a node, so the nodes after them are numbered on
import json

import mxnet as mx
from mxnet import autograd, nd

x = nd.arange(24).reshape((2, 3, 4))
x.attach_grad()
v = nd.arange(5)
v.attach_grad()
for expr in ["v[0]", "v[1:]", "v[::2]", "v[-1]", "v[::-1]", "v[None]", "v[-3:-1]", "x[0]", "x[-2]",
             "x[1, 2]", "x[1, 2, 3]", "x[:, 1]", "x[..., 1]", "x[0, :, 1:3]", "x[None]", "x[:, None, 1]",
             "x[0][1]", "x[-1, ::-1]", "x[1:2]", "x[0:1, 0:1, 0:1]", "x[1, 1:, ::2]", "x[0, 0, 1:3]",
             "x[[0, 1]]", "v[nd.array([0, 3])]", "x[1, [0, 2]]"]:
    with autograd.record():
        y = eval(expr) * 2
    sym = autograd.get_symbol(y)
    nodes = json.loads(sym.tojson())["nodes"]
    print(expr, y.shape, [(n["op"], n["name"], n.get("attrs", {})) for n in nodes if n["op"] != "null"],
          sym.list_arguments())
# a whole array assigned while recording: broadcast, reshaped and copied in (_copyto), each a node
w = nd.array([1.0, 2.0, 3.0])
w.attach_grad()
for text in ("y = nd.zeros((2, 3)); y[:] = w * 2", "y = nd.zeros((3,)); y[:] = nd.sum(w)",
             "y = nd.zeros((3,)); y[()] = w * 2"):
    with autograd.record():
        exec(text)
        z = y * 1
    print(text, [node["op"] for node in json.loads(autograd.get_symbol(z).tojson())["nodes"]])
    z.backward()
    print(w.grad.asnumpy().tolist())
probe = nd.ones((1,))
probe.attach_grad()
with autograd.record():
    y = probe * 1
print(autograd.get_symbol(y).list_arguments(), autograd.get_symbol(y).list_outputs())
