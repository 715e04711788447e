"""SymbolBlock.cast('float16') keeps a BatchNorm's gamma, beta, mean and variance float32 (running_ and moving_ names)."""
# recorded on AVX2
import os
import tempfile
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd, sym
from mxnet.gluon import nn


def dtypes(block):
    return [(k, np.dtype(v.dtype).name) for k, v in block.collect_params().items()]


def error(e):
    lines = [line for line in str(e).splitlines() if line.strip()]
    return type(e).__name__ + ': ' + (lines[-1] if 'Traceback' in lines[0] else lines[0])[:160]


warnings.simplefilter('ignore')
net = nn.HybridSequential()
net.add(nn.Conv2D(4, 3), nn.BatchNorm(), nn.Activation('relu'), nn.GlobalAvgPool2D(), nn.Dense(2))
net.initialize(mx.init.Xavier())
net.hybridize()
x = nd.array(np.random.RandomState(0).uniform(-1, 1, (1, 3, 8, 8)))
net(x)
with tempfile.TemporaryDirectory() as d:
    net.export(os.path.join(d, 'net'))
    for dtype in ('float16', np.float16, 'float64'):
        sb = nn.SymbolBlock.imports(os.path.join(d, 'net-symbol.json'), ['data'], os.path.join(d, 'net-0000.params'))
        sb.cast(dtype)
        print(dtypes(sb))
        try:
            print(sb(x.astype(dtype)).dtype)
        except mx.MXNetError as e:
            print(error(e).split('] ')[-1])

data = sym.var('data')
out = sym.BatchNorm(data, sym.var('bn_gamma'), sym.var('bn_beta'), sym.var('bn_moving_mean'), sym.var('bn_moving_var'))
out = out + sym.var('lone_running_var') + sym.var('x_moving_var') * sym.var('x_gamma')
sb = nn.SymbolBlock(out, data)
sb.initialize()
sb.cast('float16')
print(dtypes(sb))
