"""Operators whose out= array is an input or a view of one's storage (MXNet's in-place write request): gemm kernels and one_hot zero it (linalg_gemm copies C there) before reading, transpose, pick and diag refuse it when the result is read."""
import numpy as np

import mxnet as mx


def A(shape, k=0):
    return mx.nd.array(np.arange(np.prod(shape), dtype="float32").reshape(shape) + 1 + k)


def show(name, make):
    a = A((3, 3))
    try:
        make(a)
        print(name, "called")
    except Exception as e:
        print(name, "at call", type(e).__name__, str(e).strip().splitlines()[-1])
    try:
        print("  ", a.asnumpy().tolist())
    except Exception as e:
        print("   at read", type(e).__name__, " | ".join(ln.strip() for ln in str(e).strip().splitlines()[-2:]))
    try:
        mx.nd.waitall()
    except Exception as e:
        print("   waitall", type(e).__name__, str(e).strip().splitlines()[-1])


CASES = {
    "dot out=lhs": lambda a: mx.nd.dot(a, A((3, 3), 1), out=a),
    "dot out=rhs": lambda a: mx.nd.dot(A((3, 3), 1), a, out=a),
    "dot out=both": lambda a: mx.nd.dot(a, a, out=a),
    "dot transpose_a out=lhs": lambda a: mx.nd.dot(a, A((3, 3), 1), transpose_a=True, out=a),
    "dot out=another row": lambda a: mx.nd.dot(a[1:2], A((3, 3)), out=a[0:1]),
    "dot out=a later row": lambda a: mx.nd.dot(a[0:1], A((3, 3)), out=a[2:3]),
    "dot out=reshaped lhs": lambda a: mx.nd.dot(a.reshape((9, 1)), A((1, 1)), out=a.reshape((9, 1))),
    "batch_dot out=lhs": lambda a: mx.nd.batch_dot(a.reshape((1, 3, 3)), A((1, 3, 3)), out=a.reshape((1, 3, 3))),
    "batch_dot out=rhs": lambda a: mx.nd.batch_dot(A((1, 3, 3)), a.reshape((1, 3, 3)), out=a.reshape((1, 3, 3))),
    "linalg_gemm2 out=A": lambda a: mx.nd.linalg_gemm2(a, A((3, 3), 1), out=a),
    "linalg_gemm2 out=B": lambda a: mx.nd.linalg_gemm2(A((3, 3), 1), a, alpha=2.0, out=a),
    "linalg_gemm out=A": lambda a: mx.nd.linalg_gemm(a, A((3, 3), 1), A((3, 3), 2), alpha=2.0, out=a),
    "linalg_gemm out=A beta 0.5": lambda a: mx.nd.linalg_gemm(a, A((3, 3), 1), A((3, 3), 2), alpha=2.0, beta=0.5,
                                                              out=a),
    "linalg_gemm out=A beta 0": lambda a: mx.nd.linalg_gemm(a, A((3, 3), 1), A((3, 3), 2), beta=0.0, out=a),
    "linalg_gemm out=B": lambda a: mx.nd.linalg_gemm(A((3, 3), 1), a, A((3, 3), 2), beta=0.5, out=a),
    "linalg_gemm out=C": lambda a: mx.nd.linalg_gemm(A((3, 3), 1), A((3, 3), 2), a, alpha=2.0, beta=0.5, out=a),
    "linalg_gemm out=A transpose_b": lambda a: mx.nd.linalg_gemm(a, A((3, 3), 1), A((3, 3), 2), transpose_b=True,
                                                                 out=a),
    "linalg_makediag out=A's storage": lambda a: mx.nd.linalg_makediag(a[0], out=a),
    "one_hot out=indices' storage": lambda a: mx.nd.one_hot(a.reshape((9,))[0:3], 3, out=a),
    "transpose out=data": lambda a: mx.nd.transpose(a, out=a),
    "pick out=row": lambda a: mx.nd.pick(a, mx.nd.array([0, 1, 2]), axis=1, out=a[0]),
    "diag out=row": lambda a: mx.nd.diag(a, out=a[0]),
    "dot out=other array": lambda a: mx.nd.dot(A((3, 3)), A((3, 3), 1), out=a),
    "transpose out=other array": lambda a: mx.nd.transpose(A((3, 3), 1), out=a),
    "pick out=other array": lambda a: mx.nd.pick(A((3, 3)), mx.nd.array([0, 1, 2]), axis=1, out=a[0]),
}
for name, make in CASES.items():
    show(name, make)
