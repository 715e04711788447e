"""Gluon layers given bad sizes (Dense units 0/negative/float/str, Conv2D/Embedding 0, Dropout 2, BatchNorm float axis) fail at forward with MXNet's exception and full parameter error text, hybridized or not."""
import re

import mxnet as mx
from mxnet.gluon import nn


def show(label, fn):
    try:
        print(label, '|', fn())
    except Exception as e:
        print(label, '| EXC', type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)))


def fwd(make, shape, hyb):
    blk = make()
    blk.initialize()
    if hyb:
        blk.hybridize()
    return blk(mx.nd.ones(shape)).shape


for hyb in [False, True]:
    for u in [0, -1, -2, 2.5, 'a', True, None, 3]:
        show(f'Dense({u!r}) hyb={hyb}', lambda: fwd(lambda: nn.Dense(u), (2, 3), hyb))
        show(f'Dense({u!r}, in_units=3, no bias, no flatten) hyb={hyb}',
             lambda: fwd(lambda: nn.Dense(u, in_units=3, use_bias=False, flatten=False), (2, 3), hyb))
    show(f'Conv2D(0, 3) hyb={hyb}', lambda: fwd(lambda: nn.Conv2D(0, 3), (1, 1, 4, 4), hyb))
    show(f'Embedding(0, 2) hyb={hyb}', lambda: fwd(lambda: nn.Embedding(0, 2), (2,), hyb))
    show(f'Embedding(3, 0) hyb={hyb}', lambda: fwd(lambda: nn.Embedding(3, 0), (2,), hyb))
    show(f'BatchNorm(axis=1.5) hyb={hyb}', lambda: fwd(lambda: nn.BatchNorm(axis=1.5), (2, 3), hyb))
    show(f'Dropout(2.0) hyb={hyb}', lambda: fwd(lambda: nn.Dropout(2.0), (2, 3), hyb))
