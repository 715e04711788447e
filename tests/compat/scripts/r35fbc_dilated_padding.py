"""Native float32 dilated convolutions padded as wide as the kernel but within its dilated reach run oneDNN's direct kernels (brgemm in inference where its filter block divides the filters, else the jit kernel's blocks of 16 channels apart; the jit kernel in training), not the im2col gemm. md5 of the bits and the first values."""
# recorded on AMD
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=9)
CASES = [(2, 256, 48, (26, 26), (3, 1), (1, 2), (5, 0), (3, 3)), (1, 256, 256, (9, 28), (3, 3), (1, 2), (3, 1), (3, 2)),
         (1, 64, 80, (9, 19), (3, 1), (1, 1), (3, 0), (3, 1)), (1, 128, 32, (14, 12), (2, 2), (1, 2), (2, 0), (2, 1)),
         (1, 128, 128, (21, 17), (3, 3), (2, 1), (4, 1), (2, 2)), (1, 512, 80, (29, 22), (2, 2), (2, 2), (2, 0), (3, 2))]
mx.random.seed(41)
for training in (False, True):
    for n, c, f, size, k, s, p, d in CASES:
        x = mx.nd.random.uniform(-1, 1, shape=(n, c) + size)
        w = mx.nd.random.uniform(-1, 1, shape=(f, c) + k)
        b = mx.nd.random.uniform(-1, 1, shape=(f,))
        with mx.autograd.record(train_mode=training):
            y = mx.nd.Convolution(x, w, b, kernel=k, stride=s, pad=p, dilate=d, num_filter=f)
        y = y.asnumpy()
        print(training, n, c, f, size, k, s, p, d, y.shape, hashlib.md5(y.tobytes()).hexdigest(), y.ravel()[:2])
