"""A one-filter convolution's weight gradient as MXNet sums it on an AVX2 CPU: oneDNN's gemv per image (8 lanes
folded, tails of 8/4/2/1), each onto the previous images' sum. Then the cases of conv_wgrad_orders.py and
r10gl_grouped_deconv_wgrad_bits.py. md5 of the bits."""
# recorded on AVX2
import hashlib
import itertools
import runpy

import numpy as np
import mxnet as mx

rs = np.random.RandomState(13)
for c, k, s, p, dims in itertools.product((3, 8), (1, 3), (1, 2), (0, 1), (1, 2)):
    if p >= k:
        continue
    x = mx.nd.array(rs.uniform(-1, 1, (3, c) + (7,) * dims))
    w = mx.nd.array(rs.uniform(-1, 1, (1, c) + (k,) * dims))
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(k,) * dims, stride=(s,) * dims, pad=(p,) * dims, num_filter=1,
                              no_bias=True)
    y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
    print((c, k, s, p, dims), hashlib.md5(w.grad.asnumpy().tobytes()).hexdigest())
for name in ("conv_wgrad_orders.py", "r10gl_grouped_deconv_wgrad_bits.py"):
    runpy.run_path(name)
