"""Grouped float32 convolutions as MXNet runs them on an AVX2 CPU: oneDNN's direct kernel for 8k filters a group over
8k channels a group, or over fewer than 8 channels in all; its im2col sgemm otherwise. md5 of the bits."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx
rs = np.random.RandomState(11)
for i in range(60):
    cpg = int(rs.choice([1, 2, 3, 4, 5, 8, 16]))
    fpg = int(rs.choice([4, 8, 16, 24]))
    groups = int(rs.choice([2, 3, 4, 8]))
    k = int(rs.choice([1, 2, 3]))
    s = int(rs.choice([1, 2]))
    p = int(rs.randint(0, k))
    size = int(rs.randint(k + 1, 10))
    dims = int(rs.choice([1, 2]))
    x = mx.nd.array(rs.uniform(-1, 1, (2, cpg * groups) + (size,) * dims))
    w = mx.nd.array(rs.uniform(-1, 1, (fpg * groups, cpg) + (k,) * dims))
    b = mx.nd.array(rs.uniform(-1, 1, (fpg * groups,)))
    y = mx.nd.Convolution(x, w, b, kernel=(k,) * dims, stride=(s,) * dims, pad=(p,) * dims, num_filter=fpg * groups,
                          num_group=groups)
    print((cpg, fpg, groups, k, s, p, size, dims), hashlib.md5(y.asnumpy().tobytes()).hexdigest()[:8])
