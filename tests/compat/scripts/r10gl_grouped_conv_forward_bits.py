"""float32 grouped Convolution forward bits: oneDNN's direct kernel for 4 or 8 channels a group (blocks of 4 apart
for 8 channels to 4 filters), for 2 or 3 channels a group when all groups hold fewer than 8 (the bias first)."""
import hashlib

import numpy as np

import mxnet as mx

rs = np.random.RandomState(2)
# (images, channels per group, filters per group, groups, kernel, stride, dilation, pad, input size, dims)
CASES = [(2, 4, 4, 2, 3, 1, 1, 1, 5, 2), (1, 4, 8, 2, 2, 2, 1, 0, 6, 1), (2, 8, 8, 2, 3, 2, 1, 0, 6, 2),
         (2, 8, 4, 2, 3, 1, 2, 1, 5, 2), (1, 8, 4, 3, 2, 2, 1, 0, 6, 1), (2, 2, 8, 2, 1, 2, 1, 0, 7, 2),
         (2, 2, 16, 3, 2, 1, 1, 1, 4, 1), (1, 3, 16, 2, 3, 2, 1, 0, 7, 2), (2, 2, 16, 4, 2, 1, 1, 1, 6, 2),
         (2, 3, 8, 3, 2, 1, 1, 1, 7, 1), (2, 4, 16, 4, 2, 2, 1, 0, 5, 2)]
for n, cpg, fpg, groups, k, s, d, p, size, dims in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, cpg * groups) + (size,) * dims))
    w = mx.nd.array(rs.uniform(-1, 1, (fpg * groups, cpg) + (k,) * dims))
    b = mx.nd.array(rs.uniform(-1, 1, (fpg * groups,)))
    for training in (False, True):
        with mx.autograd.record(train_mode=training):
            y = mx.nd.Convolution(x, w, b, kernel=(k,) * dims, stride=(s,) * dims, dilate=(d,) * dims,
                                  pad=(p,) * dims, num_filter=fpg * groups, num_group=groups).asnumpy()
        print((n, cpg, fpg, groups, k, s, d, p, size, dims), training, y.shape,
              hashlib.md5(y.tobytes()).hexdigest()[:12], y.ravel()[:2].tolist())
