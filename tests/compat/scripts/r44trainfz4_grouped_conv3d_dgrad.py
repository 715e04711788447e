"""A grouped float32 3-D Convolution sums its data gradient group by group in the im2col gemm's order, as MXNet's oneDNN does."""
import mxnet as mx, numpy as np, sys, zlib, random
from mxnet import nd, autograd
r = random.Random(1); n = 40
np.random.seed(0)
for i in range(n):
    G = r.choice([2, 2, 3, 4]); pc = r.choice([1, 2, 3, 4, 5, 8, 16]); pf = r.choice([1, 2, 3, 4, 6, 8, 16])
    K = r.choice([1, 2, 3]); D = r.choice([1, 1, 2]) if K > 1 else 1; ST = r.choice([1, 1, 2]); P = r.choice([0, 0, 1, 2])
    N = r.choice([1, 2, 3]); S = r.choice([4, 5, 6, 8])
    if (S + 2 * P - D * (K - 1) - 1) < 0: continue
    x = nd.array(np.random.randn(N, pc * G, S, S, S)); w = nd.array(np.random.randn(pf * G, pc, K, K, K))
    x.attach_grad()
    try:
        with autograd.record():
            y = nd.Convolution(x, w, kernel=(K,) * 3, dilate=(D,) * 3, stride=(ST,) * 3, pad=(P,) * 3, num_filter=pf * G, num_group=G, no_bias=True)
        y.backward(nd.array(np.random.randn(*y.shape)))
        res = zlib.crc32(x.grad.asnumpy().tobytes())
    except Exception as e:
        res = 'ERR ' + str(e).split('\n')[0][:50]
    print(i, 'G', G, 'pc', pc, 'pf', pf, 'K', K, 'D', D, 'ST', ST, 'P', P, 'N', N, 'S', S, res)
