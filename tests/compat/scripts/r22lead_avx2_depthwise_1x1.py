"""Depthwise 1x1 and 2x2 convolutions' gradients as MXNet sums them on an AVX2 CPU: the weight's one chain over
every image's positions in oneDNN's depthwise kernel (8k channels, 2-D; 1x1 at unit stride), a gemv per image
onto the previous images' sum in its gemm convolution (other channel counts, strided 1x1, 1-D). md5 of the bits."""
# recorded on AVX2
import hashlib, itertools
import numpy as np
import mxnet as mx
rs = np.random.RandomState(15)
for c, size, s, n, dims in itertools.product((8, 24, 5), (3, 7), (1, 2), (1, 3), (1, 2)):
    x = mx.nd.array(rs.uniform(-1, 1, (n, c) + (size,) * dims))
    w = mx.nd.array(rs.uniform(-1, 1, (c, 1) + (1,) * dims))
    x.attach_grad(); w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(1,) * dims, stride=(s,) * dims, num_filter=c, num_group=c, no_bias=True)
    y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
    print((c, size, s, n, dims), *(hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8] for a in (y, x.grad, w.grad)))
# 2x2 kernels: the depthwise kernel's one chain too
for c, size, s, n in itertools.product((8, 16), (7, 12), (1, 2), (1, 2)):
    x = mx.nd.array(rs.uniform(-1, 1, (n, c, size, size)))
    w = mx.nd.array(rs.uniform(-1, 1, (c, 1, 2, 2)))
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(2, 2), stride=(s, s), pad=(1, 1), num_filter=c, num_group=c, no_bias=True)
    y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
    print((c, size, s, n), hashlib.md5(w.grad.asnumpy().tobytes()).hexdigest()[:8])
