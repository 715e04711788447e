"""A convolution whose weights hold inf or nan leaves the taps on the padding out (no 0 * inf) in oneDNN's direct and depthwise kernels, as MXNet's do."""
# recorded on AVX2
import hashlib

import mxnet as mx
import numpy as np
from mxnet import nd


def digest(a):
    a = np.where(np.isnan(a), np.float32(np.nan), a)
    return hashlib.md5(a.tobytes()).hexdigest()[:10]


def run(c, f, groups, k, pad, stride, special):
    rs = np.random.RandomState(c * 100 + f + k + pad)
    x = rs.uniform(-1, 1, (2, c, 5, 5)).astype(np.float32)
    x[0, 0, 1, 1] = 0
    x[1, 0, 2, 2] = -np.inf
    w = rs.uniform(-1, 1, (f, c // groups, k, k)).astype(np.float32)
    w[0, 0, 0, 0] = special[0]
    w[f - 1, 0, k - 1, k - 1] = special[1]
    w[f // 2, 0, k // 2, 0] = special[2]
    y = nd.Convolution(nd.array(x), nd.array(w), nd.array(rs.uniform(-1, 1, f)), kernel=(k, k), pad=(pad, pad),
                       stride=(stride, stride), num_filter=f, num_group=groups).asnumpy()
    print(c, f, groups, k, pad, stride, special, 'nan', int(np.isnan(y).sum()), 'inf', int(np.isinf(y).sum()),
          digest(y), repr(y.ravel()[:2].tolist()))


for c, f, groups in [(8, 8, 8), (16, 16, 16), (8, 8, 1), (8, 16, 1), (3, 8, 1), (4, 4, 1), (16, 16, 1), (6, 6, 6)]:
    for k, pad, stride in [(3, 1, 1), (3, 1, 2), (1, 0, 1), (3, 2, 1), (5, 2, 1)]:
        for special in [(np.nan, np.inf, -np.inf), (np.inf, -np.inf, 1.0)]:
            run(c, f, groups, k, pad, stride, special)
