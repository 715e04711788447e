"""Grouped float32 convolutions with 4k channels and 4k filters a group hold their output and data gradient in blocks of 4 channels, so a BatchNorm beside them runs oneDNN's reference kernel and a 1-D or 3-D one's weight is reordered in inference, as MXNet does."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

nn = gluon.nn


def crc(a):
    return zlib.crc32(a.asnumpy().tobytes())


def run(name, layers, shape, hybrid):
    mx.random.seed(0)
    np.random.seed(0)
    net = nn.HybridSequential()
    for layer in layers():
        net.add(layer)
    net.initialize(mx.init.Xavier())
    if hybrid:
        net.hybridize()
    x = nd.array(np.random.uniform(-1, 1, shape))
    x.attach_grad()
    with autograd.record():
        y = net(x)
    y.backward()
    grads = [crc(p.grad()) for _, p in sorted(net.collect_params().items()) if p.grad_req != "null"]
    print(name, "hybrid" if hybrid else "imperative", crc(y), crc(x.grad), grads)


C2, BN = nn.Conv2D, nn.BatchNorm
cases = {
    "4-8-16g2": (lambda: [C2(8, 3, in_channels=4), BN(), C2(16, 3, groups=2)], (2, 4, 9, 9)),
    "3-8-16g2": (lambda: [C2(8, 3, in_channels=3), BN(), C2(16, 3, groups=2)], (2, 3, 9, 9)),
    "4-8-8g2": (lambda: [C2(8, 3, in_channels=4), BN(), C2(8, 3, groups=2)], (2, 4, 9, 9)),
    "4-16-32g4": (lambda: [C2(16, 3, in_channels=4), BN(), C2(32, 3, groups=4)], (2, 4, 9, 9)),
    "4-16-16g2": (lambda: [C2(16, 3, in_channels=4), BN(), C2(16, 3, groups=2)], (2, 4, 9, 9)),
    "bn-after": (lambda: [C2(8, 3), BN(), C2(16, 3, groups=2), BN(), C2(8, 3)], (2, 4, 11, 11)),
    "12-24g3": (lambda: [C2(12, 3), BN(), C2(24, 3, groups=3), BN(), C2(12, 3, groups=3)], (2, 4, 11, 11)),
    "pool": (lambda: [C2(8, 3), BN(), C2(8, 3, groups=2), nn.MaxPool2D(), BN(), C2(16, 1, groups=2)], (2, 4, 12, 12)),
}
for name, (layers, shape) in cases.items():
    for hybrid in (False, True):
        run(name, layers, shape, hybrid)

# a 1-D or 3-D convolution oneDNN ran in inference keeps its weight in blocks: a whole copy into it fails
for per_c, per_f, groups, dims in [(4, 8, 2, 1), (4, 8, 2, 3), (4, 4, 4, 1), (4, 8, 2, 2), (4, 6, 2, 1)]:
    x = nd.array(np.random.uniform(-1, 1, (2, per_c * groups) + (9,) * dims))
    w = nd.array(np.random.uniform(-1, 1, (per_f * groups, per_c) + (3,) * dims))
    nd.Convolution(x, w, no_bias=True, kernel=(3,) * dims, num_filter=per_f * groups, num_group=groups).wait_to_read()
    try:
        w[:] = nd.ones(w.shape)
        print(per_c, per_f, groups, dims, "copied", w.sum().asscalar())
    except mx.MXNetError as e:
        print(per_c, per_f, groups, dims, "refused:", str(e).splitlines()[-1])
