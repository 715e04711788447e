"""1-D and 2-D Deconvolution on AVX-512 between 16 or more channels in and out: 16k of both AVX-512's direct kernel (dilated too, unless also strided), other counts the im2col gemm; outputs and gradients."""
import hashlib
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def h(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


geometries = [(3, 1, 0, 0, 1), (2, 2, 0, 1, 1), (3, 2, 1, 0, 1), (4, 2, 1, 0, 1), (2, 1, 0, 0, 2), (3, 2, 0, 0, 2)]
i = 0
for d in (1, 2):
    for c, f in ((16, 32), (20, 16), (32, 17), (40, 40), (32, 32), (16, 16)):
        for k, st, p, a, dl in geometries:
            if d == 1 and dl > 1 and st > 1:       # (their 1-D weight gradients still differ)
                continue
            i += 1
            rs = np.random.RandomState(i)
            x = nd.array(rs.randn(2, c, *(5,) * d)); w = nd.array(rs.randn(c, f, *(k,) * d) * 0.2)
            b = nd.array(rs.randn(f))
            for t in (x, w, b):
                t.attach_grad()
            with autograd.record():
                y = nd.Deconvolution(x, w, b, kernel=(k,) * d, stride=(st,) * d, pad=(p,) * d, adj=(a,) * d,
                                     dilate=(dl,) * d, num_filter=f, no_bias=False)
            y.backward(nd.array(rs.randn(*y.shape)))
            print((d, c, f, k, st, p, a, dl), h(y), h(x.grad), h(w.grad), h(b.grad))
