"""nd.linalg.potrf carries MXNet's bits up to order 32 (OpenBLAS's unblocked potf2 with its Haswell gemv_t), float32 and float64, batches."""
# recorded on AVX2
import mxnet as mx
import numpy as np


def bits(a):
    a = a.asnumpy()
    width = 8 if a.dtype == np.float32 else 16
    return " ".join(format(int(v), "0%dx" % width) for v in a.ravel().view(np.uint32 if width == 8 else np.uint64))


np.random.seed(1)
for dtype in ("float32", "float64"):
    for n in (1, 2, 3, 5, 8, 9, 12, 13, 16, 20, 25, 31, 32):
        a = np.random.uniform(-1, 1, (n, n))
        spd = a @ a.T + 0.5 * np.eye(n)
        A = mx.nd.array(spd, dtype=dtype)
        print(dtype, n, bits(mx.nd.linalg.potrf(A)))
    b = np.random.uniform(-1, 1, (2, 3, 10, 10))
    A = mx.nd.array(b @ b.transpose(0, 1, 3, 2) + np.eye(10), dtype=dtype)
    print(dtype, "batch", bits(mx.nd.linalg.potrf(A)))
