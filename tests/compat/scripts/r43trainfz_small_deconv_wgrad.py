"""Float32 unstrided 2-D Deconvolutions whose output is smaller than the kernel sum their weight gradient over 8 or 24 filters in the im2col gemm's order (lanes or chains per image), as MXNet's oneDNN does."""
import zlib
import numpy as np
from mxnet import nd, autograd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


# N, C, size, num_filter, kernel, pad
CASES = [(3, 16, 2, 8, 3, 1), (3, 8, 2, 8, 3, 1), (3, 32, 2, 8, 3, 1), (2, 16, 2, 8, 5, 2), (3, 16, 3, 8, 5, 2),
         (3, 16, 3, 8, 3, 1), (3, 16, 2, 8, 3, 0), (3, 16, 2, 16, 3, 1), (3, 16, 2, 24, 3, 1), (3, 16, 2, 3, 3, 1),
         (3, 16, 2, 4, 3, 1), (3, 24, 2, 8, 3, 1), (2, 16, 2, 8, 4, 2), (3, 16, 4, 8, 3, 1)]

for i, (n, c, size, f, k, p) in enumerate(CASES):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, size, size))
    w = nd.array(rs.randn(c, f, k, k))
    kw = dict(kernel=(k, k), pad=(p, p), num_filter=f, no_bias=True)
    head = nd.array(rs.randn(*nd.Deconvolution(x, w, **kw).shape))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Deconvolution(x, w, **kw)
    y.backward(head)
    print(CASES[i], crc(y), crc(x.grad), crc(w.grad))
