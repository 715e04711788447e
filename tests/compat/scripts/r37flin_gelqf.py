"""nd.linalg.gelqf's Q and L and its gradient carry MXNet's bits (LAPACK's geqr2/org2r steps on OpenBLAS's kernels), float32 and float64, docs example, shapes up to 40 and batches."""
# recorded on AVX2
import mxnet as mx
import numpy as np


def bits(a):
    a = a.asnumpy()
    width = 8 if a.dtype == np.float32 else 16
    return " ".join(format(int(v), "0%dx" % width) for v in a.ravel().view(np.uint32 if width == 8 else np.uint64))


np.random.seed(37)
for dtype in ("float32", "float64"):
    q, low = mx.nd.linalg.gelqf(mx.nd.array([[1., 2., 3.], [4., 5., 6.]], dtype=dtype))
    print(dtype, "docs", q, low, sep="\n")
    q, low = mx.nd.linalg.gelqf(mx.nd.array([[[1., 2., 3.], [4., 5., 6.]], [[7., 8., 9.], [10., 11., 12.]]], dtype=dtype))
    print(bits(q), "|", bits(low))
    for shape in [(1, 1), (1, 4), (2, 2), (3, 3), (3, 5), (4, 4), (5, 5), (5, 9), (7, 7), (8, 8), (9, 13), (12, 12),
                  (16, 16), (17, 17), (3, 40), (2, 3, 6), (24, 24)]:
        a = mx.nd.array(np.random.uniform(-1, 1, shape), dtype=dtype)
        q, low = mx.nd.linalg.gelqf(a)
        print(dtype, shape, "Q", bits(q))
        print(dtype, shape, "L", bits(low))
    for shape in [(1, 1), (2, 3), (4, 4), (3, 7), (2, 4, 5), (8, 8), (12, 15)]:
        a = mx.nd.array(np.random.uniform(-1, 1, shape), dtype=dtype)
        head = mx.nd.array(np.random.uniform(-1, 1, shape), dtype=dtype)
        a.attach_grad()
        with mx.autograd.record():
            q, low = mx.nd.linalg.gelqf(a)
            y = (q * head).sum() + (low * low).sum()
        y.backward()
        print(dtype, shape, "grad", bits(a.grad))
# a zero row: reflectors with tau 0 skip their updates
q, low = mx.nd.linalg.gelqf(mx.nd.array([[0., 0., 0.], [1., 2., 2.]]))
print(q, low, sep="\n")
