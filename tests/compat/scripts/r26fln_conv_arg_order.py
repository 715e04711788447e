# Convolution layers given several attributes MXNet refuses at once: its parser reads them in the order of its
# attribute map (pad, num_filter, dilate, num_group, stride, kernel for Convolution), checking num_filter's bound
# as it reads it; the first refusal is the one shown, before the lengths and sizes are checked.
# recorded on AVX2
import random

import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn
from _words import words

VALUES = [0, -1, 1, 2, (1, 2), (2,), (1, 1, 1), None, '2', 1.5, (0, 1), [2, 2], ()]
R = random.Random(71)
for case in range(120):
    name = R.choice(['Conv1D', 'Conv2D', 'Conv3D', 'Conv2DTranspose', 'Conv1DTranspose'])
    kwargs = dict(channels=R.choice([2, 0, 3, 1.5]), kernel_size=R.choice(VALUES))
    for key in ('strides', 'padding', 'dilation', 'groups'):
        if R.random() < 0.4:
            kwargs[key] = R.choice([v for v in VALUES if v != 0] if key == 'groups' else VALUES)
    dim = int(name[4])
    try:
        with mx.name.NameManager():
            layer = getattr(nn, name)(**kwargs)
            layer.initialize()
            shown = layer(nd.ones((1, 2) + (5,) * dim)).shape
    except Exception as e:
        shown = words(e).split('\n')[0]
    print(name, kwargs, shown)
