"""Channel-last transposed convolutions with deferred in_channels infer their output as MXNet does: an open size fails deferred initialisation (ValueError), a size below -1 names the graph node; sparse-grad Embedding's data-gradient refusal line."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def shown(e):
    text = " | ".join(line.strip() for line in str(e).splitlines() if line.strip())
    return type(e).__name__ + ": " + re.sub(r"\[\d\d:\d\d:\d\d\] ", "", text)


for layer, layout, shape in [(nn.Conv2DTranspose, "NHWC", (2, 1, 3, 1)), (nn.Conv2DTranspose, "NHWC", (2, 3, 1, 1)),
                             (nn.Conv2DTranspose, "NCHW", (2, 1, 3, 1)), (nn.Conv3DTranspose, "NDHWC", (1, 1, 3, 2, 2)),
                             (nn.Conv3DTranspose, "NDHWC", (1, 2, 3, 1, 2))]:
    rank = len(shape) - 2
    for dtype in ("float32", "float64"):
        for hybridize in (False, True):
            net = layer(2, 1, strides=(2,) + (1,) * (rank - 1), padding=(0,) * (rank - 1) + (2,), layout=layout)
            net.initialize()
            net.cast(dtype)
            if hybridize:
                net.hybridize()
            try:
                out = net(nd.ones(shape, dtype=dtype))
                print(layout, shape, dtype, hybridize, out.shape, net.weight.shape)
            except (ValueError, AssertionError, mx.MXNetError) as e:
                print(layout, shape, dtype, hybridize, shown(e)[:300])

for sparse_grad in (False, True):
    for hybridize in (False, True):
        net = nn.Embedding(5, 2, sparse_grad=sparse_grad)
        net.initialize()
        if hybridize:
            net.hybridize()
        x = nd.array([1, 3])
        x.attach_grad()
        with autograd.record():
            y = net(x)
        y.backward()
        try:
            print("Embedding", sparse_grad, hybridize, x.grad.asnumpy())
        except mx.MXNetError as e:
            print("Embedding", sparse_grad, hybridize, shown(e))
