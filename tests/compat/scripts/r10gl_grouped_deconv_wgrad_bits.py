"""Weight gradients of grouped float32 Deconvolution layers, to the bit (oneDNN's summation order per group)."""
import hashlib

import numpy as np

import mxnet as mx

rs = np.random.RandomState(0)
# (images, in channels per group, filters per group, groups, kernel, stride, dilation, pad, dims)
CASES = [(2, 1, 2, 2, 1, 2, 1, 0, 1), (2, 2, 3, 2, 2, 1, 1, 1, 1), (3, 3, 2, 2, 2, 2, 1, 0, 2),
         (2, 8, 8, 2, 2, 1, 1, 0, 1), (1, 8, 8, 2, 2, 1, 2, 0, 2), (2, 8, 3, 3, 1, 1, 1, 0, 1),
         (2, 16, 3, 2, 2, 1, 1, 1, 1), (3, 16, 8, 2, 2, 1, 1, 0, 1), (2, 16, 8, 2, 2, 2, 2, 1, 1),
         (2, 24, 8, 2, 2, 1, 1, 1, 1), (2, 24, 16, 2, 2, 1, 2, 1, 1), (2, 16, 16, 2, 3, 1, 1, 1, 1)]
for n, cpg, fpg, groups, k, s, d, p, dims in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, cpg * groups) + (4,) * dims))
    w = mx.nd.array(rs.uniform(-1, 1, (cpg * groups, fpg) + (k,) * dims))
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, kernel=(k,) * dims, stride=(s,) * dims, dilate=(d,) * dims, pad=(p,) * dims,
                                num_filter=fpg * groups, num_group=groups, no_bias=True)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
    dw = w.grad.asnumpy()
    print((n, cpg, fpg, groups, k, s, d, p, dims), dw.shape, hashlib.md5(dw.tobytes()).hexdigest()[:12],
          dw.ravel()[:3].tolist())
