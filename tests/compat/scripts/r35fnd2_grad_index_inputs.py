"""autograd.grad with respect to an op's index or shape-only input (take/pick indices, reshape_like's shape source, softmax's length) returns zeros, also under create_graph, and a further backward fails at the op's backward."""
# recorded on AVX2
import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def show(name, f, index, create_graph):
    x = nd.array(np.random.RandomState(0).uniform(-1, 1, (4, 3)))
    i = nd.array(index)
    x.attach_grad()
    i.attach_grad()
    try:
        with autograd.record():
            y = f(x, i)
            gx, gi = autograd.grad(y, [x, i], head_grads=nd.ones_like(y) * 0.5, create_graph=create_graph,
                                   retain_graph=True)
            total = (gx * gx).sum() + (gi * gi).sum()
        print(name, create_graph, gx.asnumpy().tolist(), gi.dtype, gi.asnumpy().tolist())
        if create_graph:
            total.backward()
            print("  second order:", x.grad.asnumpy().tolist(), i.grad.asnumpy().tolist())
    except mx.MXNetError as e:
        print("  fails:", [line for line in str(e).splitlines() if line.startswith("MXNetError")][:1])


cases = [
    ("take", lambda x, i: nd.take(x, i), [0, 3, 1, 3]),
    ("take_wrap_axis1", lambda x, i: nd.take(x, i, axis=1, mode="wrap"), [-1, 4]),
    ("pick", lambda x, i: nd.pick(x, i, axis=1), [0, 2, 2, 1]),
    ("reshape_like", lambda x, i: nd.reshape_like(x, i), [[0] * 3] * 4),
    ("softmax_length", lambda x, i: nd.softmax(x, i, axis=-1, use_length=True), [1, 3, 2, 2]),
]
for name, f, index in cases:
    for create_graph in (False, True):
        show(name, f, index, create_graph)
