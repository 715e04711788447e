"""mx.np.linalg.solve carries MXNet's bits for one or several right-hand sides (getf2, then trsv or two trsm solves on OpenBLAS's Haswell kernels), float32 up to order 17, float64 up to 33, batches."""
# recorded on AVX2
import numpy as onp
from mxnet import np, npx
npx.set_np()


def bits(a):
    a = a.asnumpy()
    width = 8 if a.dtype == onp.float32 else 16
    return " ".join(format(int(v), "0%dx" % width) for v in a.ravel().view(onp.uint32 if width == 8 else onp.uint64))


onp.random.seed(11)
for dtype, cases in (("float32", ((2, 1), (3, 3), (5, 0), (8, 7), (13, 5), (17, 20))),
                     ("float64", ((3, 2), (6, 0), (9, 4), (16, 16), (24, 3), (33, 2)))):
    for n, k in cases:
        a = np.array(onp.random.uniform(-1, 1, (n, n)), dtype=dtype)
        b = np.array(onp.random.uniform(-1, 1, (n, k) if k else (n,)), dtype=dtype)
        print(dtype, n, k, bits(np.linalg.solve(a, b)))
    a = np.array(onp.random.uniform(-1, 1, (2, 4, 4)), dtype=dtype)
    print(dtype, "batch", bits(np.linalg.solve(a, np.array(onp.random.uniform(-1, 1, (2, 4, 3)), dtype=dtype))))
