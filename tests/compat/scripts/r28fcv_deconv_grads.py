# Float32 Deconvolution gradients on AVX2: the data gradient is oneDNN's forward convolution of the output
# gradient (its direct kernel where that geometry fits, else the im2col sgemm, which a group of 8 filters or
# more at unit strides runs over all 9 output positions at once); one output channel over 8k input channels
# fails only where the direct kernel would run; Pooling's refusal words.
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words


def rand(seed, shape):
    return nd.array(np.random.RandomState(seed).standard_normal(shape), dtype="float32")


def bits(a):
    a = a.asnumpy()
    return "%s %s %s" % (a.shape, hashlib.md5(a.tobytes()).hexdigest()[:12], [float(v).hex() for v in a.ravel()[:2]])


DECONV = [  # x shape, kernel, stride, dilate, pad, num_filter, num_group
    ((1, 16, 7), (5,), (2,), (1,), (4,), 1, 1),
    ((1, 24, 9), (3,), (1,), (3,), (4,), 3, 3),
    ((2, 32, 9), (3,), (1,), (1,), (3,), 2, 2),
    ((1, 64, 5), (3,), (1,), (2,), (4,), 4, 4),
    ((3, 16, 7), (5,), (1,), (1,), (4,), 2, 2),
    ((2, 64, 9, 5), (5, 5), (2, 1), (3, 2), (1, 4), 4, 4),
    ((1, 16, 8, 8), (3, 2), (1, 1), (2, 1), (3, 1), 1, 1),
    ((2, 8, 5, 14), (4, 2), (1, 1), (1, 2), (1, 2), 1, 1),
    ((3, 16, 9, 9), (3, 5), (2, 3), (2, 1), (3, 2), 2, 2),
    ((1, 16, 6, 6), (3, 3), (1, 1), (1, 1), (1, 1), 1, 1),
    ((2, 8, 9), (3,), (1,), (1,), (1,), 16, 1),
]
for i, (shape, k, s, d, p, f, g) in enumerate(DECONV):
    x, w, b = rand(i, shape), rand(i + 50, (shape[1], f // g) + k), rand(i + 90, (f,))
    for a in (x, w, b):
        a.attach_grad()
    try:
        with autograd.record():
            y = nd.Deconvolution(x, w, b, kernel=k, stride=s, dilate=d, pad=p, num_filter=f, num_group=g,
                                 no_bias=False)
        y.backward(rand(i + 130, y.shape))
        print("deconv", i, "y", bits(y), "dx", bits(x.grad), "dw", bits(w.grad))
    except mx.MXNetError as e:
        print("deconv", i, words(e))

GROUPED = [  # x shape, weight shape, kernel, stride, dilate, pad, groups: 9 output positions
    ((1, 3, 7), (24, 1, 3), (3,), (1,), (3,), (4,), 3),
    ((2, 2, 5), (32, 1, 3), (3,), (1,), (1,), (3,), 2),
    ((1, 10, 5), (80, 2, 2), (2,), (1,), (1,), (1,), 5),
    ((1, 6, 5), (16, 3, 1), (1,), (1,), (1,), (2,), 2),
    ((1, 10, 11), (20, 2, 3), (3,), (1,), (1,), (0,), 5),
    ((1, 16, 11), (8, 8, 3), (3,), (1,), (1,), (0,), 2),
    ((1, 16, 13), (64, 4, 1), (1,), (2,), (2,), (2,), 4),
]
for i, (xs, ws, k, s, d, p, g) in enumerate(GROUPED):
    y = nd.Convolution(rand(i + 300, xs), rand(i + 350, ws), kernel=k, stride=s, dilate=d, pad=p, num_filter=ws[0],
                       num_group=g, no_bias=True)
    print("grouped", i, bits(y))

x = rand(400, (8, 1, 4, 7))
x.attach_grad()
try:
    with autograd.record():
        y = nd.Pooling(x, kernel=(1, 2), pool_type="avg", stride=(2, 1), pooling_convention="full",
                       count_include_pad=False)
    y.backward()
    print(x.grad.sum())
except mx.MXNetError as e:
    print("pooling", words(e))
