"""Grouped convolutions whose images have 9 output positions, as MXNet sums them on an AVX2 CPU: oneDNN's im2col
kernel takes the positions 8 + 1 (the last one by its matrix-vector kernel) while images times groups are at most 5,
else whole. md5 of the output's bits."""
# recorded on AVX2
import hashlib
import itertools
import numpy as np
import mxnet as mx

rs = np.random.RandomState(9)
SHAPES = [((3, 3), (3, 3), (9, 9)), ((1, 1), (3, 3), (7, 7)), ((5, 5), (2, 2), (9, 9)), ((3,), (3,), (27,)),
          ((1,), (2,), (17,))]
BATCHES = [(1, 2), (1, 4), (1, 5), (1, 6), (2, 2), (2, 3), (3, 2)]      # (images, groups)
for (kernel, stride, size), (n, groups), (pc, pf) in itertools.product(SHAPES, BATCHES, ((2, 3), (5, 2))):
    x = mx.nd.array(rs.uniform(-1, 1, (n, groups * pc) + size))
    w = mx.nd.array(rs.uniform(-1, 1, (groups * pf, pc) + kernel))
    y = mx.nd.Convolution(x, w, kernel=kernel, stride=stride, num_filter=groups * pf, num_group=groups, no_bias=True)
    print(kernel, stride, size, n, groups, pc, pf, y.shape, hashlib.md5(y.asnumpy().tobytes()).hexdigest()[:8])
