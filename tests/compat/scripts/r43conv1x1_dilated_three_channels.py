"""Float32 1-D and 2-D 1x1 convolutions given a dilation over 3 channels and 16k + 8 filters sum their weight gradient in chains per image, as MXNet's oneDNN does."""
import zlib
import numpy as np
from mxnet import nd, autograd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


# dims, filters, stride, dilate
CASES = [(dims, f, s, d) for dims in (1, 2) for f in (24, 40) for s in (1, 2, 3) for d in (1, 2, 3)]

for i, (dims, f, s, d) in enumerate(CASES):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(2, 3, *(8,) * dims))
    w = nd.array(rs.randn(f, 3, *(1,) * dims))
    kw = dict(kernel=(1,) * dims, stride=(s,) * dims, dilate=(d,) * dims, num_filter=f, no_bias=True)
    head = nd.array(rs.randn(*nd.Convolution(x, w, **kw).shape))
    x.attach_grad()
    w.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, **kw)
    y.backward(head)
    print((dims, f, s, d), crc(y), crc(x.grad), crc(w.grad))
