# SoftmaxOutput in predict mode (oneDNN for 1-, 2- and 4-D float32 data, over the last axis; MXNet's own kernel
# over all but the batch axis otherwise) and in training; LayerNorm's gamma and beta must be 1-D
import mxnet as mx
import numpy as np

rng = np.random.RandomState(0)
for ds in [(7,), (3, 5), (2, 3, 4), (2, 3, 4, 5), (2, 1, 3, 2, 3), (1, 17), (2, 40)]:
    for kw in ({}, {"preserve_shape": True}, {"multi_output": True}):
        if kw.get("multi_output") and len(ds) < 2:
            continue
        x = mx.nd.array(rng.randn(*ds) * 3)
        label = mx.nd.zeros(((ds[0],) + ds[2:]) if kw.get("multi_output") else (ds[:-1] or ds))
        y = mx.nd.SoftmaxOutput(x, label, **kw).asnumpy()
        x.attach_grad()
        with mx.autograd.record():
            t = mx.nd.SoftmaxOutput(x, label, **kw)
        t.backward()
        print(ds, kw, y.reshape(-1)[:6].tolist(), t.asnumpy().reshape(-1)[:3].tolist(),
              x.grad.asnumpy().reshape(-1)[:3].tolist())
x = mx.nd.ones((2, 3))
for g, b in (((1, 3), (3,)), ((3,), (1, 3)), ((3, 1), (3,)), ((1,), (3,)), ((3,), (3,))):
    try:
        print(g, b, mx.nd.LayerNorm(x, mx.nd.ones(g), mx.nd.zeros(b)).asnumpy().tolist())
    except mx.base.MXNetError:
        print(g, b, "MXNetError")
