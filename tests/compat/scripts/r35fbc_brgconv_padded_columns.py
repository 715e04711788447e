"""Native float32 inference convolutions padded at least half the kernel's reach (and 2x2 kernels padded at stride 2): oneDNN's brgemm kernel sums each padded kernel column in calls of its own, the unpadded ones together, and with 1024 channels (a column's weights outgrowing its cache) each kernel row of a padded column apart. md5 of the bits and the first values."""
# recorded on AMD
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=9)
CASES = [(1, 1024, 64, (5, 5), (3, 3), (1, 1), (2, 2)), (1, 1024, 64, (14, 14), (2, 2), (2, 2), (1, 1)),
         (1, 256, 64, (14, 14), (5, 5), (1, 1), (3, 3)), (1, 512, 64, (7, 7), (5, 5), (1, 1), (4, 4)),
         (2, 1024, 64, (7, 9), (3, 3), (1, 2), (2, 2)), (2, 128, 32, (17, 26), (2, 2), (2, 2), (0, 1)),
         (1, 96, 96, (15, 14), (2, 2), (1, 2), (1, 1)), (1, 768, 64, (6, 6), (3, 3), (1, 1), (2, 2))]
mx.random.seed(39)
for n, c, f, size, k, s, p in CASES:
    x = mx.nd.random.uniform(-1, 1, shape=(n, c) + size)
    w = mx.nd.random.uniform(-1, 1, shape=(f, c) + k)
    b = mx.nd.random.uniform(-1, 1, shape=(f,))
    y = mx.nd.Convolution(x, w, b, kernel=k, stride=s, pad=p, num_filter=f).asnumpy()
    print(n, c, f, size, k, s, p, y.shape, y.dtype, hashlib.md5(y.tobytes()).hexdigest(), y.ravel()[:3])
