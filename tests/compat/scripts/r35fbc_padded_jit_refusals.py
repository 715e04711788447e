"""Native float32 inference convolutions padded into the kernel's reach whose filters the brgemm kernel's block does not divide (80 or 48 over small inputs, dilated or not) run oneDNN's jit direct kernel, channels in blocks of 16 apart, not a call a kernel column. md5 of the bits and the first values."""
# recorded on AMD
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=9)
CASES = [(1, 64, 80, (14, 14), (3, 3), (1, 1), (2, 2), (1, 1)), (1, 128, 48, (8, 8), (3, 3), (1, 1), (2, 2), (1, 1)),
         (1, 64, 80, (9, 9), (5, 5), (1, 1), (3, 3), (1, 1)), (1, 64, 80, (27, 31), (1, 3), (1, 1), (0, 4), (1, 3)),
         (2, 128, 48, (10, 27), (3, 5), (2, 2), (1, 5), (2, 2)), (1, 128, 80, (14, 12), (3, 3), (1, 1), (4, 3), (2, 2))]
mx.random.seed(42)
for n, c, f, size, k, s, p, d in CASES:
    x = mx.nd.random.uniform(-1, 1, shape=(n, c) + size)
    w = mx.nd.random.uniform(-1, 1, shape=(f, c) + k)
    b = mx.nd.random.uniform(-1, 1, shape=(f,))
    y = mx.nd.Convolution(x, w, b, kernel=k, stride=s, pad=p, dilate=d, num_filter=f).asnumpy()
    print(n, c, f, size, k, s, p, d, y.shape, y.dtype, hashlib.md5(y.tobytes()).hexdigest(), y.ravel()[:2])
