"""Depthwise Deconvolutions on an AVX-512 CPU: over 16k channels (2-D, undilated) oneDNN's depthwise kernel sums the output and the weight gradient as on AVX2; over 8 or 24 channels the im2col gemm runs; 3-D ones run the im2col gemm as on AVX2. md5 of the bits and the first values."""
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=8)
rs = np.random.RandomState(343)
CASES = [(1, 32, (70, 50), (3, 3), (2, 1), (1, 1)), (2, 16, (36, 8), (3, 1), (1, 2), (1, 0)),
         (1, 32, (29, 70), (3, 3), (1, 1), (1, 0)), (2, 16, (14, 42), (3, 3), (1, 1), (1, 0)),
         (3, 16, (46, 62), (1, 5), (1, 1), (0, 0)), (1, 24, (70, 45), (3, 3), (1, 1), (0, 1)),
         (2, 8, (26, 35), (3, 1), (1, 1), (0, 0)), (1, 12, (8, 12, 13), (3, 2, 3), (1, 1, 1), (1, 1, 1)),
         (3, 16, (4, 11, 6), (3, 2, 1), (1, 1, 1), (0, 0, 0)), (3, 3, (6, 14, 14), (2, 3, 5), (2, 1, 2), (1, 1, 1))]
for n, c, size, kernel, stride, pad in CASES:
    x = mx.nd.array(rs.uniform(-1, 1, (n, c) + size).astype(np.float32))
    w = mx.nd.array((rs.normal(size=(c, 1) + kernel) * 0.2).astype(np.float32))
    b = mx.nd.array(rs.normal(size=(c,)).astype(np.float32))
    for v in (x, w, b):
        v.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Deconvolution(x, w, b, kernel=kernel, stride=stride, pad=pad, num_filter=c, num_group=c,
                             no_bias=False)
    y.backward(mx.nd.array(rs.normal(size=y.shape).astype(np.float32)))
    out, dx, dw = y.asnumpy(), x.grad.asnumpy(), w.grad.asnumpy()
    print(n, c, size, kernel, stride, pad, y.shape, out.ravel()[:2], dw.ravel()[:2])
    print("  y", hashlib.md5(out.tobytes()).hexdigest(), "dx", hashlib.md5(dx.tobytes()).hexdigest(),
          "dw", hashlib.md5(dw.tobytes()).hexdigest())
