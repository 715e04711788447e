"""Dilated convolutions' data gradients as MXNet sums them on an AVX2 CPU: oneDNN's direct kernel (8k channels and
filters) takes unit strides whose kernel reaches past the left padding by fewer than 8 steps and no more than the
input's width; strided dilated kernels and longer reaches run the im2col sgemm. md5 of the data gradient's bits."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx

rs = np.random.RandomState(5)
CASES = [((5, 5), (1, 1), (2, 2), (2, 2), 12), ((5, 5), (1, 1), (0, 0), (2, 2), 12),
         ((5, 5), (1, 1), (1, 1), (2, 2), 12), ((7, 7), (1, 1), (3, 3), (2, 2), 12),
         ((7, 7), (1, 1), (6, 6), (2, 2), 12), ((3, 3), (1, 1), (0, 0), (4, 4), 12),
         ((3, 3), (1, 1), (1, 1), (4, 4), 12), ((3, 3), (2, 2), (1, 1), (2, 2), 11),
         ((3, 3), (2, 1), (1, 1), (2, 2), 11), ((5, 5), (2, 2), (2, 2), (3, 3), 14),
         ((9, 9), (1, 1), (0, 0), (1, 1), 12), ((9, 9), (1, 1), (1, 1), (1, 1), 12),
         ((3, 7), (1, 1), (1, 3), (1, 1), 1), ((3, 7), (1, 1), (1, 4), (1, 1), 2),
         ((3, 5), (1, 1), (1, 2), (1, 1), 1), ((3, 3), (1, 1), (1, 2), (1, 2), 1),
         ((3, 3), (1, 1), (1, 1), (1, 2), 3), ((5,), (1,), (0,), (2,), 12),
         ((5,), (1,), (4,), (2,), 12)]
for kernel, stride, pad, dilate, width in CASES:
    for c, f in ((8, 16), (16, 8)):
        x = mx.nd.array(rs.uniform(-1, 1, (2, c) + (9, width)[-len(kernel):]))
        w = mx.nd.array(rs.uniform(-1, 1, (f, c) + kernel))
        x.attach_grad()
        with mx.autograd.record():
            y = mx.nd.Convolution(x, w, kernel=kernel, stride=stride, pad=pad, dilate=dilate, num_filter=f,
                                  no_bias=True)
        y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
        print(kernel, stride, pad, dilate, width, c, f, hashlib.md5(x.grad.asnumpy().tobytes()).hexdigest()[:8])
