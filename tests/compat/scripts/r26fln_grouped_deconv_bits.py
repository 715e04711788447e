# Grouped transposed convolutions (Conv1DTranspose/Conv2DTranspose with groups, nd.Deconvolution with num_group)
# as MXNet's AVX2 oneDNN kernels sum them: the output, the data, weight and bias gradients (float32 bits'
# digests); one filter a group over 8k channels a group, whose data gradient oneDNN refuses under 8 filters.
# recorded on AVX2
import hashlib
import random

import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
from _words import words


def digest(a):
    return hashlib.md5(a.asnumpy().astype(np.float32).tobytes()).hexdigest()[:10]


R = random.Random(7)
for i in range(70):
    dim, groups = R.choice([1, 2, 2]), R.choice([2, 2, 3, 4])
    cin, f = R.choice([1, 2, 3, 4, 8]), R.choice([1, 2, 3, 4, 8])
    k, s, p, d = R.choice([1, 2, 3]), R.choice([1, 1, 2, 3]), R.choice([0, 0, 1]), R.choice([1, 1, 2])
    n, size, bias = R.choice([1, 2]), R.choice([2, 3, 5, 7]), R.random() < 0.3
    rs = np.random.RandomState(i)
    args = [nd.array(rs.uniform(-1, 1, (n, groups * cin) + (size,) * dim).astype(np.float32)),
            nd.array(rs.uniform(-1, 1, (groups * cin, f) + (k,) * dim).astype(np.float32)),
            nd.array(rs.uniform(-1, 1, (groups * f,)).astype(np.float32))][:3 if bias else 2]
    for a in args:
        a.attach_grad()
    label = 'dim%d groups%d cin%d f%d k%d s%d p%d d%d n%d size%d bias%d' % (dim, groups, cin, f, k, s, p, d, n, size, bias)
    try:
        with autograd.record():
            y = nd.Deconvolution(*args, kernel=(k,) * dim, stride=(s,) * dim, pad=(p,) * dim, dilate=(d,) * dim,
                                 num_filter=groups * f, num_group=groups, no_bias=not bias)
        y.backward(nd.array(rs.uniform(-1, 1, y.shape).astype(np.float32)))
        print(label, y.shape, digest(y), ' '.join(digest(a.grad) for a in args))
    except mx.MXNetError as e:
        print(label, words(e).splitlines()[0])

for cls, kwargs, shape in [(nn.Conv2DTranspose, dict(channels=6, kernel_size=3, groups=2, in_channels=4), (2, 4, 5, 5)),
                           (nn.Conv2DTranspose, dict(channels=9, kernel_size=2, strides=2, groups=3), (1, 6, 4, 3)),
                           (nn.Conv1DTranspose, dict(channels=4, kernel_size=3, padding=1, groups=2, in_channels=8),
                            (2, 8, 6)),
                           (nn.Conv1DTranspose, dict(channels=2, kernel_size=2, groups=2, use_bias=False, in_channels=4), (1, 4, 6)),
                           (nn.Conv2DTranspose, dict(channels=2, kernel_size=3, groups=2, in_channels=16), (1, 16, 3, 3)),
                           (nn.Conv2DTranspose, dict(channels=8, kernel_size=3, groups=8, in_channels=64), (1, 64, 3, 3))]:
    layer = cls(**kwargs)
    layer.initialize(mx.init.Constant(0.1))
    rs = np.random.RandomState(sum(shape))
    x = nd.array(rs.uniform(-1, 1, shape).astype(np.float32))
    x.attach_grad()
    with autograd.record():
        y = layer(x)
    try:
        y.backward(nd.array(rs.uniform(-1, 1, y.shape).astype(np.float32)))
        print(layer, y.shape, digest(y), digest(x.grad), digest(layer.weight.grad()))
    except mx.MXNetError as e:
        print(layer, y.shape, digest(y), words(e).splitlines()[0])

# grouped 1x1 convolutions over 9 output positions (3x3, 1x9, a padded 1x1 input): one sgemm a group
for groups, cin, f in ((2, 4, 4), (4, 3, 3), (2, 8, 2), (4, 2, 8), (2, 1, 4)):
    for hw, pad in (((3, 3), 0), ((1, 9), 0), ((1, 1), 1), ((5, 5), 0)):
        rs = np.random.RandomState(groups * cin * f)
        x = nd.array(rs.uniform(-1, 1, (1, groups * cin) + hw).astype(np.float32))
        w = nd.array(rs.uniform(-1, 1, (groups * f, cin, 1, 1)).astype(np.float32))
        y = nd.Convolution(x, w, kernel=(1, 1), pad=(pad, pad), num_filter=groups * f, num_group=groups, no_bias=True)
        print('conv 1x1', groups, cin, f, hw, pad, y.shape, digest(y))
