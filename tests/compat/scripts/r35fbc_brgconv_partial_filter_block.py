"""Native float32 inference convolutions whose filters the brgemm kernel's chosen block does not divide (48 or 80 filters taking blocks of 32 over small inputs) run oneDNN's jit direct kernel, channels in blocks of 16 apart; 48 filters over a large input keep the brgemm kernel. md5 of the bits and the first values."""
# recorded on AMD
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=9)
CASES = [(1, 64, 80, (9, 9), (3, 3), (1, 1), (1, 1)), (1, 128, 48, (8, 8), (3, 3), (1, 1), (1, 1)),
         (1, 128, 48, (30, 30), (3, 3), (1, 1), (1, 1)), (1, 256, 48, (5, 6), (1, 7), (1, 2), (0, 3)),
         (1, 32, 48, (17, 9), (3, 5), (2, 1), (1, 0)), (2, 96, 144, (20, 20), (3, 3), (2, 2), (1, 1)),
         (1, 128, 112, (12, 12), (3, 3), (1, 1), (0, 0))]
mx.random.seed(38)
for n, c, f, size, k, s, p in CASES:
    x = mx.nd.random.uniform(-1, 1, shape=(n, c) + size)
    w = mx.nd.random.uniform(-1, 1, shape=(f, c) + k)
    b = mx.nd.random.uniform(-1, 1, shape=(f,))
    y = mx.nd.Convolution(x, w, b, kernel=k, stride=s, pad=p, num_filter=f).asnumpy()
    print(n, c, f, size, k, s, p, y.shape, y.dtype, hashlib.md5(y.tobytes()).hexdigest(), y.ravel()[:3])
