"""3-D Deconvolution trained on AVX-512 as oneDNN sums it (the output a convolution's data gradient, im2col gemm or AVX-512's direct kernel; the data gradient a convolution's forward), and one filter over 16k input channels failing its data gradient as MXNet does."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


cases = [(1, 1, 1, 4, 3, 1, 0, 0), (1, 8, 2, 5, 3, 1, 0, 0), (3, 4, 1, 4, 3, 2, 1, 0), (8, 1, 2, 5, 3, 1, 0, 0),
         (8, 16, 1, 4, 2, 2, 0, 1), (16, 16, 2, 5, 3, 1, 0, 0), (16, 16, 1, 4, 3, 2, 1, 0), (12, 4, 2, 5, 1, 1, 0, 0),
         (16, 4, 1, 4, 3, 2, 1, 0), (8, 12, 2, 5, 3, 1, 0, 0), (1, 16, 2, 5, 2, 2, 0, 1), (3, 12, 2, 5, 3, 2, 1, 0)]
for i, (c, f, n, s, k, st, p, a) in enumerate(cases):
    rs = np.random.RandomState(i)
    x = nd.array(rs.randn(n, c, s, s, s)); w = nd.array(rs.randn(c, f, k, k, k) * 0.2); b = nd.array(rs.randn(f))
    for t in (x, w, b):
        t.attach_grad()
    with autograd.record():
        y = nd.Deconvolution(x, w, b, kernel=(k,) * 3, stride=(st,) * 3, pad=(p,) * 3, adj=(a,) * 3, num_filter=f,
                             no_bias=False)
    y.backward(nd.array(rs.randn(*y.shape)))
    print((c, f, n, s, k, st, p, a), h(y), h(x.grad), h(w.grad), h(b.grad))

for d, c in ((1, 16), (2, 32), (3, 16), (2, 24)):
    x = nd.ones((2, c) + (5,) * d); w = nd.ones((c, 1) + (3,) * d)
    x.attach_grad()
    try:
        with autograd.record():
            y = nd.Deconvolution(x, w, kernel=(3,) * d, num_filter=1)
        y.backward(nd.ones_like(y))
        x.grad.wait_to_read()
        print(d, c, 'ok', x.grad.shape)
    except mx.MXNetError as e:
        print(d, c, type(e).__name__, str(e).strip().splitlines()[-1])
