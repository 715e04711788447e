"""linalg operators and dot/batch_dot of float16 or int32 arrays: the kernels refuse them when the result is read
(det and slogdet at the call, by type inference), each in MXNet's words."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

L = nd.linalg


def attempt(label, fn):
    try:
        r = fn()
        print(label, "call ->", type(r).__name__)
    except Exception as e:
        print(label, "call ->", words(e))
        return
    try:
        r = r[0] if isinstance(r, (list, tuple)) else r
        print(label, "read ->", r.shape, r.dtype, r.asnumpy().astype("float64").round(5).ravel().tolist()[:3])
    except Exception as e:
        print(label, "read ->", words(e))


for dtype in ["float16", "int32", "float64"]:
    a = nd.array(np.diag([2.0, 3.0, 4.5]) + 0.1, dtype=dtype)
    b = nd.array(np.ones((3, 3)), dtype=dtype)
    for name, fn in [("gemm", lambda: L.gemm(a, b, b)), ("gemm2", lambda: L.gemm2(a, b)), ("potrf", lambda: L.potrf(a)),
                     ("potri", lambda: L.potri(a)), ("trsm", lambda: L.trsm(a, b)), ("trmm", lambda: L.trmm(a, b)),
                     ("syrk", lambda: L.syrk(a)), ("gelqf", lambda: L.gelqf(a)), ("syevd", lambda: L.syevd(a)),
                     ("inverse", lambda: L.inverse(a)), ("det", lambda: L.det(a)), ("slogdet", lambda: L.slogdet(a)),
                     ("sumlogdiag", lambda: L.sumlogdiag(a)), ("extractdiag", lambda: L.extractdiag(a)),
                     ("makediag", lambda: L.makediag(a)), ("extracttrian", lambda: L.extracttrian(a)),
                     ("maketrian", lambda: L.maketrian(b[0])), ("dot", lambda: nd.dot(a, b)),
                     ("batch_dot", lambda: nd.batch_dot(a.reshape((1, 3, 3)), b.reshape((1, 3, 3)))),
                     ("dot 3-d", lambda: nd.dot(a.reshape((1, 3, 3)), b))]:
        attempt(f"{name} {dtype}", fn)
