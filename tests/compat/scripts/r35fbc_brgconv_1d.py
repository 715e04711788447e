"""Native float32 inference 1-D convolutions run oneDNN's brgemm kernel as 2-D ones of one row: channel blocks apart for 1024 channels and more, 48 filters over a long row keep the brgemm kernel (a short one: the jit direct kernel), dilated kernels alike. md5 of the bits and the first values."""
# recorded on AMD
import hashlib
import numpy as np
import mxnet as mx

np.set_printoptions(precision=9)
CASES = [(1, 1024, 64, 50, 3, 1, 1, 1), (1, 2048, 64, 30, 3, 1, 1, 1), (1, 512, 48, 200, 3, 1, 1, 1),
         (1, 512, 48, 60, 3, 1, 1, 1), (1, 1280, 128, 33, 7, 2, 3, 1), (1, 2048, 64, 30, 3, 1, 2, 2),
         (2, 640, 64, 17, 3, 1, 0, 1)]
mx.random.seed(40)
for n, c, f, width, k, s, p, d in CASES:
    x = mx.nd.random.uniform(-1, 1, shape=(n, c, width))
    w = mx.nd.random.uniform(-1, 1, shape=(f, c, k))
    b = mx.nd.random.uniform(-1, 1, shape=(f,))
    y = mx.nd.Convolution(x, w, b, kernel=(k,), stride=(s,), pad=(p,), dilate=(d,), num_filter=f).asnumpy()
    print(n, c, f, width, k, s, p, d, y.shape, y.dtype, hashlib.md5(y.tobytes()).hexdigest(), y.ravel()[:3])
