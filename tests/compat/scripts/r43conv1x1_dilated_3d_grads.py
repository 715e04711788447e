"""Float32 3-D 1x1 convolutions given a dilation over up to 3 channels, or strided, sum their weight gradient (a gemv over the filters for one channel) and their strided data gradient in the im2col gemm's order, as MXNet's oneDNN does."""
import zlib
import numpy as np
from mxnet import nd, autograd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


# channels, filters, stride, size, dilate, images
CASES = [(c, f, s, size, d, n) for c in (1, 2, 3, 8) for f in (8, 16, 32) for s in (1, 2)
         for size, d, n in ((5, 2, 2), (6, 3, 1))]
CASES += [(16, 16, 2, 7, 2, 2), (24, 24, 3, 7, 2, 2), (1, 48, 1, 5, 2, 3), (16, 32, 2, 7, 2, 2), (32, 32, 3, 6, 3, 1),
          (48, 32, 2, 5, 2, 2)]

for i, (c, f, s, size, d, n) in enumerate(CASES):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, size, size, size))
    w = nd.array(rs.randn(f, c, 1, 1, 1))
    kw = dict(kernel=(1, 1, 1), stride=(s,) * 3, dilate=(d,) * 3, num_filter=f, no_bias=True)
    head = nd.array(rs.randn(*nd.Convolution(x, w, **kw).shape))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, **kw)
    y.backward(head)
    print((c, f, s, size, d, n), crc(y), crc(x.grad), crc(w.grad))
