# 3-D pooling padded along the window's height only, by no less than the window: oneDNN's check lets it pass (a
# padding along depth or width checks every axis), so the windows lying wholly in the padding give the lowest float
# (max) or 0 (avg); outputs and gradients as float32 bits' digests, and the refusals.
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
from _words import words


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


rs = np.random.RandomState(0)
for shape in [(1, 2, 2, 3, 4), (2, 1, 1, 1, 5)]:
    for kernel in [(1, 1, 1), (2, 1, 2), (2, 2, 2)]:
        for pad in [(0, 1, 0), (0, 2, 0), (1, 1, 0), (0, 1, 2)]:
            for pool_type in ('max', 'avg'):
                for convention in ('valid', 'full'):
                    x = nd.array(rs.uniform(-1, 1, shape).astype(np.float32))
                    x.attach_grad()
                    try:
                        with autograd.record():
                            y = nd.Pooling(x, kernel=kernel, pad=pad, stride=(1, 2, 1), pool_type=pool_type,
                                           pooling_convention=convention)
                        shown = '%s %s' % (y.shape, digest(y))
                        y.backward(nd.array(rs.uniform(-1, 1, y.shape).astype(np.float32)))
                        shown += ' ' + digest(x.grad)
                    except mx.MXNetError as e:
                        shown = words(e)
                    print(shape, kernel, pad, pool_type, convention, shown)

for cls in (nn.MaxPool3D, nn.AvgPool3D):
    layer = cls(pool_size=1, padding=(0, 1, 0), ceil_mode=True)
    y = layer(nd.array(np.arange(7, dtype=np.float32).reshape(1, 1, 1, 1, 7)))
    print(layer, y.shape, y.asnumpy()[0, 0, 0, :, :2].tolist())
