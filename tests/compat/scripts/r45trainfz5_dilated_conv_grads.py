"""Float32 convolutions' data and weight gradients where a dilation (or a 1-D kernel's width) picks oneDNN's kernel: 3-D dilated weight gradients on the im2col gemm, dilated strided axes' data gradients, 1-D AVX2 direct data gradients, 16k + 8 filters, dilated paddings."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


def grads(i, batch, channels, size, filters, kernel, dilate, stride, pad):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(batch, channels, *size).astype("float32"))
    w = nd.array((rs.randn(filters, channels, *kernel) * 0.3).astype("float32"))
    b = nd.array(rs.randn(filters).astype("float32"))
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=kernel, num_filter=filters, dilate=dilate, stride=stride, pad=pad)
    y.backward(nd.array(rs.randn(*y.shape).astype("float32")))
    print(i, channels, size, filters, kernel, dilate, stride, pad, y.shape, crc(y), crc(x.grad), crc(w.grad),
          crc(b.grad))


CASES = [
    # 3-D, dilated: weight gradient on the im2col gemm (AVX2's kernel any dilation, AVX-512's in depth or strided rows)
    (2, 8, (6, 6, 6), 16, (2, 2, 2), (2, 2, 2), (1, 1, 1), (0, 0, 0)),
    (2, 16, (6, 6, 6), 16, (2, 2, 2), (2, 2, 2), (1, 1, 1), (0, 0, 0)),
    (1, 8, (6, 6, 6), 16, (2, 2, 2), (1, 1, 2), (1, 1, 1), (0, 0, 0)),
    (2, 3, (6, 6, 6), 16, (2, 2, 2), (2, 1, 1), (1, 1, 1), (0, 0, 0)),
    (2, 16, (8, 8, 8), 16, (3, 3, 3), (1, 2, 1), (1, 2, 1), (1, 1, 1)),
    (2, 16, (8, 8, 8), 16, (3, 3, 3), (1, 2, 1), (2, 1, 1), (1, 1, 1)),
    (2, 16, (8, 8, 8), 16, (3, 3, 3), (1, 1, 2), (1, 1, 2), (1, 1, 1)),
    (2, 32, (8, 8, 8), 32, (3, 3, 3), (2, 1, 1), (2, 1, 1), (1, 1, 1)),
    # 1-D and 2-D, dilated: 16k channels and filters keep the direct data gradient but where an axis also strides
    (2, 16, (9,), 16, (3,), (2,), (1,), (1,)),
    (2, 32, (9, 9), 32, (2, 2), (2, 2), (1, 1), (0, 0)),
    (2, 16, (9, 9), 16, (3, 3), (2, 2), (2, 2), (0, 0)),
    (2, 8, (9, 9), 16, (3, 3), (1, 2), (2, 1), (1, 1)),
    # 1-D over 8k channels and filters not both 16k: AVX2's direct data gradient, its chains by the row's width
    (2, 8, (50,), 16, (3,), (1,), (1,), (0,)),
    (2, 16, (20,), 24, (3,), (2,), (1,), (1,)),
    (3, 32, (50,), 40, (3,), (2,), (1,), (0,)),
    # 16k + 8 filters, dilated: each image's chains
    (2, 8, (24, 24), 24, (3, 3), (2, 2), (1, 1), (0, 0)),
    (2, 3, (300,), 24, (3,), (2,), (1,), (0,)),
    # dilated paddings: columns as wide as the dilated kernel, rows past half of it, rows the kernel outspans
    (2, 16, (12,), 16, (2,), (2,), (1,), (2,)),
    (2, 16, (12, 12), 16, (2, 2), (3, 3), (1, 1), (2, 2)),
    (2, 16, (12, 12), 16, (3, 3), (1, 2), (1, 1), (0, 3)),
    (2, 16, (12, 12), 16, (3, 3), (1, 2), (1, 1), (2, 0)),
    (2, 16, (11, 11), 16, (5, 5), (3, 3), (1, 1), (1, 1)),
    (2, 16, (12, 12), 16, (5, 5), (2, 2), (1, 1), (5, 5)),
]
for i, case in enumerate(CASES):
    grads(i, *case)
