"""nd.linalg.inverse/det/slogdet (getf2 and getri on OpenBLAS's Haswell gemv_n, float32 up to order 17, float64 up to 33) and potri (up to 32) carry MXNet's bits, signs of zeros included."""
# recorded on AVX2
import mxnet as mx
import numpy as np


def bits(a):
    a = a.asnumpy()
    width = 8 if a.dtype == np.float32 else 16
    return " ".join(format(int(v), "0%dx" % width) for v in a.ravel().view(np.uint32 if width == 8 else np.uint64))


np.random.seed(3)
for dtype, orders in (("float32", (1, 2, 3, 5, 6, 9, 12, 16, 17)), ("float64", (2, 4, 7, 13, 20, 33))):
    for n in orders:
        a = np.random.uniform(-1, 1, (n, n))
        A = mx.nd.array(a, dtype=dtype)
        print(dtype, n, "inv", bits(mx.nd.linalg.inverse(A)))
        print(dtype, n, "det", bits(mx.nd.linalg.det(A)), bits(mx.nd.linalg.slogdet(A)[1]))
        if n <= 32:
            low = np.tril(a) + n * np.eye(n)
            print(dtype, n, "potri", bits(mx.nd.linalg.potri(mx.nd.array(low, dtype=dtype))))
    for n in (3, 6, 9):
        print(dtype, n, "inv(eye) signs", np.signbit(mx.nd.linalg.inverse(mx.nd.array(np.eye(n), dtype=dtype)).asnumpy()).astype(int).tolist())
    print(dtype, "batch", bits(mx.nd.linalg.inverse(mx.nd.array(np.random.uniform(-1, 1, (2, 3, 5, 5)), dtype=dtype))))
