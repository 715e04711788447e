"""Float32 1x1 convolutions (1-D, 2-D, 3-D) given a dilation sum their weight gradient as undilated ones do (a strided 3-D one as dilated kernels do), as MXNet's oneDNN does."""
import zlib
import numpy as np
from mxnet import nd, autograd


def crc(a):
    return zlib.crc32(np.ascontiguousarray(a.asnumpy()).tobytes())


# N, C, size, F, dilate, stride
CASES = [(2, 8, 8, 8, 2, 1), (2, 8, 8, 8, 2, 2), (2, 16, 8, 16, 2, 1), (2, 8, 8, 16, 2, 1), (2, 3, 8, 16, 2, 1),
         (2, 2, 8, 16, 2, 2), (2, 16, 8, 8, 2, 1), (2, 8, 8, 24, 2, 1), (2, 8, 8, 8, 3, 1), (2, 4, 6, 8, 2, 1)]

for i, (n, c, size, f, d, s) in enumerate(CASES):
    for dims in (1, 2, 3):
        if dims == 3 and c < 4 and f == 16:
            continue
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
        print(dims, CASES[i], crc(y), crc(x.grad), crc(w.grad))
