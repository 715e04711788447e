"""A Dense layer of few units over a long flattened input of five or more axes (MXNet's own kernel: one OpenBLAS
sgemm of a single column or row) sums as MXNet's, bit for bit, beyond 16384 inputs too; so do such dot products."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:12]


rs = np.random.RandomState(4)
for batch, shape, units in [(3, (32, 11, 11, 8), 1), (2, (16, 16, 16, 8), 2), (4, (8, 25, 25, 4), 3),
                            (2, (8, 8, 8, 20), 1), (3, (4, 4, 4, 4), 1)]:
    mx.random.seed(batch)
    net = nn.Dense(units, activation="softrelu")
    net.initialize()
    x = nd.array(rs.uniform(-1, 1, (batch,) + shape))
    with autograd.record():
        y = net(x)
    y.backward()
    print(batch, shape, units, digest(y), y.asnumpy().ravel()[:2].tolist(), "db", digest(net.bias.grad()))
for m, k, n in [(1, 20000, 3), (3, 20000, 1), (1, 70000, 2), (2, 30000, 1)]:
    a, b = nd.array(rs.uniform(-1, 1, (m, k))), nd.array(rs.uniform(-1, 1, (k, n)))
    print("dot", m, k, n, digest(nd.dot(a, b)), digest(nd.linalg.gemm2(a, b)))
