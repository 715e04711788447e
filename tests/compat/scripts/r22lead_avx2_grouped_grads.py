"""Grouped float32 convolution gradients as MXNet sums them on an AVX2 CPU: each group a convolution of its own,
but a 1x1 kernel's weight gradient one chain over every image (a single channel a group: a gemv per image onto
the previous images' sum), and 3 channels a group through the im2col sgemm. The cases of
r7cnn_grouped_wgrad_bits.py, then a sweep (md5 of the data and weight gradients' bits)."""
# recorded on AVX2
import hashlib
import runpy

import numpy as np
import mxnet as mx

runpy.run_path("r7cnn_grouped_wgrad_bits.py")
rs = np.random.RandomState(12)
for i in range(50):
    cpg = int(rs.choice([1, 2, 3, 4, 8, 16]))
    fpg = int(rs.choice([4, 8, 16]))
    groups = int(rs.choice([2, 3, 4]))
    k = int(rs.choice([1, 3]))
    s = int(rs.choice([1, 2]))
    p = int(rs.randint(0, k))
    size = int(rs.randint(k + 1, 9))
    x = mx.nd.array(rs.uniform(-1, 1, (2, cpg * groups, size, size)))
    w = mx.nd.array(rs.uniform(-1, 1, (fpg * groups, cpg, k, k)))
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=fpg * groups,
                              num_group=groups, no_bias=True)
    y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
    print((cpg, fpg, groups, k, s, p, size), *(hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8] for a in (x.grad, w.grad)))
