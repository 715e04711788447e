"""Native float32 inference convolutions through oneDNN's brgemm kernel where its cost model takes one kernel row a call (480 -> 64 at 35x35 stride 2, 384 -> 64 padded): each row's sum is added to the output in turn, with channel blocks outside the rows where both split. md5 of the bits and the first values."""
# recorded on AMD
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=9)
CASES = [(1, 480, 64, 35, (3, 3), 2, (0, 0)), (1, 384, 64, 35, (3, 3), 1, (1, 1)), (2, 448, 64, 17, (3, 3), 1, (1, 1)),
         (1, 192, 192, 17, (1, 7), 1, (0, 3)), (1, 192, 192, 17, (7, 1), 1, (3, 0)), (1, 1280, 64, 9, (3, 3), 1, (1, 1))]
mx.random.seed(36)
for n, c, f, size, k, s, p in CASES:
    x = mx.nd.random.uniform(-1, 1, shape=(n, c, size, size))
    w = mx.nd.random.uniform(-1, 1, shape=(f, c) + k)
    b = mx.nd.random.uniform(-1, 1, shape=(f,))
    y = mx.nd.Convolution(x, w, b, kernel=k, stride=(s, s), pad=p, num_filter=f).asnumpy()
    print(n, c, f, size, k, s, p, y.shape, y.dtype, hashlib.md5(y.tobytes()).hexdigest(), y.ravel()[:3])
