"""Weight gradients of 1-D convolutions of 8k channels and filters with a single output position per image (the
tail of a strided Conv1D stack) as MXNet sums them on an AVX2 CPU: one chain over every image (md5 of the bits)."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
for n in (1, 2, 3, 5):
    for c, f in ((8, 8), (16, 8), (8, 16)):
        for (length, k, s, p) in ((3, 3, 1, 0), (4, 3, 2, 0), (1, 3, 1, 1), (2, 2, 1, 0), (5, 3, 3, 0), (5, 3, 2, 0)):
            x = mx.nd.array(rs.uniform(-1, 1, (n, c, length)))
            w = mx.nd.array(rs.uniform(-1, 1, (f, c, k)))
            w.attach_grad()
            with mx.autograd.record():
                y = mx.nd.Convolution(x, w, kernel=(k,), stride=(s,), pad=(p,), num_filter=f, no_bias=True)
            y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
            print(n, c, f, length, k, s, p, y.shape, hashlib.md5(w.grad.asnumpy().tobytes()).hexdigest()[:8])
