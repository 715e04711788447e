"""Float32 1-D and 2-D 1x1 convolutions given a dilation over 8k channels, strided past the input's end, sum their weight gradient in the im2col gemm's lanes over 8 filters and in one chain over 16k channels and filters in 1-D, as MXNet's oneDNN does."""
import zlib
import numpy as np
from mxnet import nd, autograd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


# dims, channels, filters, stride, size
CASES = [(dims, c, f, s, size) for dims in (1, 2) for c, f in ((8, 8), (16, 16), (16, 8), (24, 16), (32, 32))
         for s in (2, 3) for size in (8, 9, 12, 15)]

for i, (dims, c, f, s, size) in enumerate(CASES):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(2, c, *(size,) * dims))
    w = nd.array(rs.randn(f, c, *(1,) * dims))
    kw = dict(kernel=(1,) * dims, stride=(s,) * dims, dilate=(2,) * dims, num_filter=f, no_bias=True)
    head = nd.array(rs.randn(*nd.Convolution(x, w, **kw).shape))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, **kw)
    y.backward(head)
    print((dims, c, f, s, size), crc(y), crc(x.grad), crc(w.grad))
