"""Float32 1x1 convolutions over one channel and 16k + 8 filters (or padded, 16k filters) sum their weight gradient as the im2col gemm's gemv over the filters, and padded strided dilated 1-D ones over 16k channels image by image, as MXNet's oneDNN does."""
import zlib
import numpy as np
from mxnet import nd, autograd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


# dims, channels, filters, stride, dilate, pad, size, images
CASES = [(dims, 1, f, s, d, p, size, n) for dims in (1, 2, 3) for f in (24, 40)
         for s, d, p in ((1, 1, 0), (1, 2, 0), (2, 2, 0), (1, 2, 1), (2, 1, 0)) for size, n in ((7, 2), (8, 3))
         if dims < 3 or d == 1]
CASES += [(1, 16, 32, 2, 2, 1, 9, 3), (1, 16, 16, 3, 2, 1, 10, 2), (2, 16, 8, 2, 2, 1, 9, 2)]
CASES += [(dims, 1, f, s, d, 1, 8, 2) for dims in (1, 2) for f in (16, 32, 48) for s in (1, 3) for d in (1, 2)]

for i, (dims, c, f, s, d, p, size, n) in enumerate(CASES):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, *(size,) * dims))
    w = nd.array(rs.randn(f, c, *(1,) * dims))
    kw = dict(kernel=(1,) * dims, stride=(s,) * dims, dilate=(d,) * dims, pad=(p,) * dims, num_filter=f,
              no_bias=True)
    head = nd.array(rs.randn(*nd.Convolution(x, w, **kw).shape))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, **kw)
    y.backward(head)
    print((dims, c, f, s, d, p, size, n), crc(y), crc(x.grad), crc(w.grad))
