"""float32 Deconvolution forward bits: oneDNN runs it as a convolution's data gradient, in that gradient's order."""
import mxnet as mx, numpy as np, hashlib
from mxnet import nd, autograd
rs = np.random.RandomState(9)
for (N, C, sp, F, k, s, p, a) in ((2, 4, (5, 6), 6, (3, 3), 1, 0, 0), (2, 4, (5, 6), 6, (3, 3), 2, 1, 1),
                                  (2, 16, (4, 5), 16, (3, 3), 1, 0, 0), (2, 4, (7,), 6, (3,), 2, 0, 1),
                                  (2, 6, (5, 5), 4, (2, 2), 2, 0, 0), (2, 8, (5, 5), 16, (3, 3), 1, 1, 0),
                                  (2, 32, (4, 4), 8, (3, 3), 1, 0, 0)):
    x = nd.array(rs.uniform(-2, 2, size=(N, C) + sp))
    w = nd.array(rs.uniform(-1, 1, size=(C, F) + k))
    b = nd.array(rs.uniform(-1, 1, size=(F,)))
    d = len(k)
    for rec in (False, True):
        with autograd.record(rec):
            y = nd.Deconvolution(x, w, b, kernel=k, stride=(s,) * d, pad=(p,) * d, adj=(a,) * d, num_filter=F,
                                 no_bias=False)
        print((C, F, sp, k, s, p, a), rec, hashlib.md5(y.asnumpy().tobytes()).hexdigest())
