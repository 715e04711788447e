"""Products of an array with itself (dot(a, a, transpose_b=True), dot(a, a.T), batch_dot, linalg_gemm2/syrk, mx.np
dot and matmul, FullyConnected of a weight by itself) sum as MXNet's BLAS gemm does, bit for bit, in float32 and
float64, and so do their gradients."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def digest(a):
    a = a.asnumpy()
    return "%s %s %d" % (a.dtype.name, a.shape, int(a.view(np.uint32 if a.itemsize == 4 else np.uint64).sum() % 1000003))


rng = np.random.RandomState(5)
cases = {
    "dot a a^T": lambda a: nd.dot(a, a, transpose_b=True),
    "dot a^T a": lambda a: nd.dot(a, a, transpose_a=True),
    "dot a a.T": lambda a: nd.dot(a, a.T),
    "batch_dot": lambda a: nd.batch_dot(a.expand_dims(0), a.expand_dims(0), transpose_b=True),
    "gemm2": lambda a: nd.linalg.gemm2(a, a, transpose_b=True),
    "gemm2 alpha": lambda a: nd.linalg.gemm2(a, a, transpose_a=True, alpha=0.5),
    "syrk": lambda a: nd.linalg.syrk(a),
    "FullyConnected": lambda a: nd.FullyConnected(a, a, no_bias=True, num_hidden=a.shape[0]),
    "np dot": lambda a: mx.np.dot(a.as_np_ndarray(), a.as_np_ndarray().T).as_nd_ndarray(),
    "np matmul": lambda a: mx.np.matmul(a.as_np_ndarray(), a.as_np_ndarray().T).as_nd_ndarray(),
}
for m, k in [(40, 8), (16, 70), (33, 17), (8, 8), (5, 9), (40, 70)]:
    base = rng.randn(m, k) * 4
    for dtype in ["float32", "float64"]:
        a = nd.array(base, dtype=dtype)
        for name, f in cases.items():
            print(m, k, dtype, name, digest(f(a)))
        a.attach_grad()
        with autograd.record():
            y = nd.dot(a, a, transpose_b=True)
        y.backward(nd.array(np.cos(np.arange(m * m)).reshape(m, m), dtype=dtype))
        print(m, k, dtype, "dot a a^T gradient", digest(a.grad))
