"""A global max Pooling told no kernel keeps no oneDNN workspace output: its json row pointers, a training executor's debug_str (the backward's inputs) and its gradients; with a kernel it keeps one."""
# recorded on AVX2
import json

import numpy as np

import mxnet as mx
from mxnet import nd, sym

np.random.seed(0)
x = sym.var("x")
for kw in [dict(global_pool=True, pool_type="max"), dict(global_pool=True), dict(global_pool=True, kernel=(2, 2)),
           dict(global_pool=True, pool_type="avg"), dict(kernel=(2, 2), pool_type="max"),
           dict(global_pool=True, pool_type="max", layout="NCHW")]:
    out = sym.Pooling(x, name="p", **kw) * 2
    print(kw, json.loads(out.tojson())["node_row_ptr"])
    grad = nd.zeros((1, 2, 3, 3))
    ex = out.bind(mx.cpu(), {"x": nd.array(np.random.randn(1, 2, 3, 3))}, args_grad={"x": grad})
    ex.forward(is_train=True)
    ex.backward(nd.ones(ex.outputs[0].shape))
    print(ex.outputs[0].asnumpy().ravel().tolist())
    print(grad.asnumpy().ravel().tolist())
    print("\n".join(line for line in ex.debug_str().splitlines() if "arg[" in line or line.startswith("Op:")))
