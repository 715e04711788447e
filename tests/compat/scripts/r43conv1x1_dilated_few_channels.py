"""Float32 1-D and 2-D 1x1 convolutions given a dilation sum their weight gradient in the im2col gemm's order over 8 filters and 3 channels, and over one channel when strided in 2-D (a gemv over the filters), as MXNet's oneDNN does."""
import zlib
import numpy as np
from mxnet import nd, autograd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


# dims, channels, filters, stride, size, dilate, images
CASES = [(dims, c, f, s, size, d, n) for dims in (1, 2) for c in (1, 2, 3) for f in (8, 16, 32) for s in (1, 2)
         for size, d, n in ((9, 2, 2), (12, 3, 1))]

for i, (dims, c, f, s, size, d, n) in enumerate(CASES):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, *(size,) * dims))
    w = nd.array(rs.randn(f, c, *(1,) * dims))
    kw = dict(kernel=(1,) * dims, stride=(s,) * dims, dilate=(d,) * dims, num_filter=f, no_bias=True)
    head = nd.array(rs.randn(*nd.Convolution(x, w, **kw).shape))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, **kw)
    y.backward(head)
    print((dims, c, f, s, size, d, n), crc(y), crc(x.grad), crc(w.grad))
