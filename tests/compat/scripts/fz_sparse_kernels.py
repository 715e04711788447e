"""Sparse kernels: the column order of csr (+, -, *) results, BLAS's sum for the norm of sparse arrays,
_square_sum in the input's type, and the float32/float64-only csr and dot kernels."""
import mxnet as mx
import numpy as np

nd = mx.nd
A = np.array([[0, 1.5, 0, 2], [0, 0, 0, 0], [2, 0, -3, 1], [0, 0, 4, 0]])
B = np.array([[1, 3, 0, -2], [0, 0, 2, 0], [1, 1, 1, 1], [0, 5, -4, 7]])
x, y = nd.array(A).tostype("csr"), nd.array(B).tostype("csr")
for name, r in [("x+y", x + y), ("y+x", y + x), ("x-y", x - y), ("x*y", x * y), ("(x+y)+x", (x + y) + x),
                ("elemwise_add", nd.sparse.elemwise_add(x, y)), ("x-x", x - x)]:
    n = int(r.indptr.asnumpy()[-1])        # entries past indptr[-1] are unused buffer
    print(name, r.data.asnumpy()[:n].tolist(), r.indices.asnumpy()[:n].tolist(), r.indptr.asnumpy().tolist())
rng = np.random.RandomState(0)
for n in [5, 31, 33, 70, 1000]:
    v = (rng.uniform(-1, 1, n) * np.array([10.0 ** float(e) for e in rng.uniform(-2, 2, n)])).reshape(-1, 1)
    for dt in ("float32", "float64"):
        d = nd.array(v, dtype=dt)
        print("norm", n, dt, repr(nd.norm(d.tostype("row_sparse")).asscalar()), repr(nd.norm(d.tostype("csr")).asscalar()))
rs = nd.array(A, dtype="int32").tostype("row_sparse")
print("_square_sum int32", nd._internal._square_sum(rs, axis=1).dtype.__name__, nd._internal._square_sum(rs, axis=1).asnumpy().tolist())
for dt in ("float16", "int32"):
    for st in ("csr", "row_sparse"):
        s, d = nd.array(A, dtype=dt).tostype(st), nd.array(A, dtype=dt)
        for name, f in [("s+d", lambda: s + d), ("elemwise_mul", lambda: nd.sparse.elemwise_mul(s, d)),
                        ("norm", lambda: nd.norm(s)), ("dot", lambda: nd.sparse.dot(s, nd.ones((4, 2), dtype=dt)))]:
            try:
                print(dt, st, name, f().asnumpy().ravel().tolist())
            except mx.base.MXNetError:
                print(dt, st, name, "MXNetError")
