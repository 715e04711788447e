"""A hybridized net whose transposed convolution comes out empty infers its later layers' zero sizes as decided, so deferred initialization fails on the parameter's invalid shape, as MXNet does."""
import re
import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn


def shown(e):
    lines = [line for line in str(e).split('\n') if line.strip()]
    return re.sub(r'\[[0-9:]{8}\] ', '', lines[-1])


def run(name, layers, shape, hybrid):
    net = nn.HybridSequential()
    net.add(*layers)
    net.initialize()
    if hybrid:
        net.hybridize()
    try:
        y = net(nd.array(np.ones(shape)))
        print(name, hybrid, 'ok', y.shape, [p.shape for p in net.collect_params().values()])
    except Exception as e:
        print(name, hybrid, type(e).__name__, shown(e))


for hybrid in (True, False):
    run('flatten_dense', [nn.Conv1DTranspose(2, 2, padding=1), nn.Flatten(), nn.Dense(3)], (3, 4, 1), hybrid)
    run('dense', [nn.Conv1DTranspose(2, 2, padding=1), nn.Dense(3)], (3, 4, 1), hybrid)
    run('batchnorm', [nn.Conv1DTranspose(2, 2, padding=1), nn.BatchNorm()], (3, 4, 1), hybrid)
    run('layernorm', [nn.Conv1DTranspose(2, 2, padding=1), nn.LayerNorm()], (3, 4, 1), hybrid)
    run('dense_3d', [nn.Conv3DTranspose(2, 2, padding=1), nn.Dense(3)], (3, 4, 1, 1, 1), hybrid)
    run('conv_dense', [nn.Conv2D(2, 3, dilation=2), nn.Conv2DTranspose(4, 2, padding=1), nn.Flatten(), nn.Dense(5)],
        (2, 3, 5, 5), hybrid)
