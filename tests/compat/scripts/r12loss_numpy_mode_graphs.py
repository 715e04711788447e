"""Under npx.set_np() the losses with a NumPy path trace mx.np/npx operators (square, abs, relu, activation, log, multiply, log_softmax, pick) and reduce with batch_flatten and mean, node for node as MXNet's graphs."""
import json

import mxnet as mx
from mxnet import gluon

mx.npx.set_np()
L = gluon.loss
cases = [("L2Loss", {}, 2), ("L2Loss", {"weight": 2.0, "batch_axis": 1}, 3), ("L1Loss", {}, 3), ("SigmoidBCELoss", {}, 2),
         ("SigmoidBCELoss", {"from_sigmoid": True}, 3), ("SigmoidBCELoss", {}, 4), ("SigmoidBCELoss", {"from_sigmoid": True}, 4),
         ("SoftmaxCELoss", {}, 2), ("SoftmaxCELoss", {"sparse_label": False, "axis": 1}, 3),
         ("SoftmaxCELoss", {"from_logits": True}, 2)]
for name, kwargs, count in cases:
    inputs = [mx.sym.var(f"v{i}").as_np_ndarray() for i in range(count)]
    out = getattr(L, name)(**kwargs)(*inputs)
    nodes = json.loads(out.tojson())["nodes"]
    print(name, kwargs, out.list_arguments())
    for node in nodes:
        if node["op"] != "null":
            print("   ", node["op"], node["name"], sorted(node.get("attrs", {}).items()))
