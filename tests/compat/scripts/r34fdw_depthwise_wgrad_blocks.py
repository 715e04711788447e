"""Depthwise convolutions' weight gradients over images of more than 15 output rows or 30 columns, as oneDNN's AVX2 depthwise kernel sums them (calls of 15 output rows, 15-column blocks within a call; odd kernels and strides, several images, bias too); a 7x3 kernel padded 3 rows at stride 2 falls back to the gemm convolution. md5 of the bits and the first values."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=8)
rs = np.random.RandomState(34)
CASES = [(1, 8, (40, 40), (3, 3), (1, 1), (1, 1)), (2, 8, (40, 40), (3, 3), (1, 1), (1, 1)),
         (2, 16, (112, 112), (3, 3), (2, 2), (1, 1)), (1, 8, (56, 56), (3, 3), (1, 1), (1, 1)),
         (3, 8, (33, 47), (3, 3), (1, 1), (1, 1)), (2, 24, (64, 64), (3, 3), (2, 2), (0, 0)),
         (1, 64, (20, 90), (3, 3), (1, 1), (1, 1)), (2, 8, (90, 105), (3, 3), (1, 1), (0, 0)),
         (2, 16, (45, 76), (5, 3), (1, 2), (2, 1)), (1, 8, (37, 61), (3, 1), (2, 1), (1, 0)),
         (2, 8, (50, 70), (3, 2), (1, 2), (1, 1)), (1, 16, (31, 64), (2, 2), (1, 1), (1, 1)),
         (2, 8, (116, 54), (7, 3), (2, 2), (3, 0)), (2, 8, (40, 46), (7, 3), (2, 2), (2, 1))]
for n, c, size, kernel, stride, pad in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, c) + size).astype(np.float32))
    w = mx.nd.array((rs.normal(size=(c, 1) + kernel) * 0.2).astype(np.float32))
    b = mx.nd.zeros(c)
    for v in (x, w, b):
        v.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, b, kernel=kernel, stride=stride, pad=pad, num_filter=c, num_group=c)
    y.backward(mx.nd.array(rs.normal(size=y.shape).astype(np.float32)))
    dw, db, dx = w.grad.asnumpy(), b.grad.asnumpy(), x.grad.asnumpy()
    print(n, c, size, kernel, stride, pad, y.shape)
    print("  dw", hashlib.md5(dw.tobytes()).hexdigest(), dw.ravel()[:3])
    print("  db", hashlib.md5(db.tobytes()).hexdigest(), "dx", hashlib.md5(dx.tobytes()).hexdigest())
