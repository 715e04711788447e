"""float32 grouped Convolution forward bits over 9 output positions, 2 to 5 images times groups: oneDNN's im2col sgemm takes them whole or as 8 + 1 as its cost model picks."""
# recorded on AVX2
import hashlib

import numpy as np

import mxnet as mx

rs = np.random.RandomState(3)
# (images, channels per group, filters per group, groups, kernel, stride, dilation, pad, dims)
CASES = [(1, 1, 4, 5, 2, 1, 1, 0, 1), (1, 1, 4, 4, 3, 1, 1, 0, 2), (1, 1, 3, 5, 2, 1, 1, 0, 2),
         (2, 3, 4, 2, 3, 1, 2, 0, 1), (1, 2, 3, 2, 2, 1, 2, 0, 1), (1, 7, 5, 3, 2, 1, 1, 0, 2),
         (1, 6, 7, 5, 3, 1, 1, 1, 2), (1, 4, 2, 4, 2, 1, 1, 0, 2), (1, 5, 3, 5, 3, 1, 1, 0, 1),
         (2, 3, 4, 2, 3, 1, 2, 0, 2), (1, 3, 3, 3, 3, 2, 2, 1, 1), (1, 8, 3, 4, 2, 1, 2, 1, 1)]
for n, cpg, fpg, groups, k, s, d, p, dims in CASES:
    side = 3 if dims == 2 else 9
    size = (side - 1) * s + d * (k - 1) + 1 - 2 * p
    x = mx.nd.array(rs.uniform(-1, 1, (n, cpg * groups) + (size,) * dims))
    w = mx.nd.array(rs.uniform(-1, 1, (fpg * groups, cpg) + (k,) * dims))
    b = mx.nd.array(rs.uniform(-1, 1, (fpg * groups,)))
    y = mx.nd.Convolution(x, w, b, kernel=(k,) * dims, stride=(s,) * dims, dilate=(d,) * dims, pad=(p,) * dims,
                          num_filter=fpg * groups, num_group=groups).asnumpy()
    print((n, cpg, fpg, groups, k, s, d, p, dims), y.shape, hashlib.md5(y.tobytes()).hexdigest()[:12],
          y.ravel()[:2].tolist())
