"""nd.sparse's broadcast operators keep csr storage as nd's do (csr * or / a broadcast vector), csr - dense of the
same shape gives -0.0 where both are zero through every subtraction name, clip needs both bounds on sparse input too,
and nd.sparse exposes MXNet's public names and its _internal operators."""
import numpy as np
import mxnet as mx
from mxnet.ndarray.sparse import *    # noqa: F401,F403  (the public names must import)

D = np.array([[1., 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 4]], dtype=np.float32)
E = np.array([[1., 0, 0, 5], [0, 0, 0, 0], [0, 3, 0, 0]], dtype=np.float32)
c, r, d = mx.nd.sparse.csr_matrix(D), mx.nd.sparse.row_sparse_array(D), mx.nd.array(E)
for ns_name, ns in [("nd", mx.nd), ("sparse", mx.nd.sparse)]:
    for fn in ["broadcast_sub", "broadcast_minus", "subtract", "elemwise_sub", "broadcast_mul", "broadcast_div",
               "multiply", "divide", "broadcast_add", "add"]:
        for a, b in [(c, d), (r, d), (d, c), (c, d[0:1] + 1), (c, d[:, 0:1] + 2), (r, d[0:1] + 1)]:
            try:
                y = getattr(ns, fn)(a, b)
                print(ns_name, fn, a.stype, b.stype, b.shape, "->", y.stype, y.asnumpy().tobytes().hex())
            except Exception as e:      # the class is what both must agree on
                print(ns_name, fn, a.stype, b.stype, b.shape, "->", type(e).__name__)
print((c - d).asnumpy().tobytes().hex(), (r - d).asnumpy().tobytes().hex())

for x in [c, r, mx.nd.array(D)]:
    for label, f in [("nd.clip None 2", lambda: mx.nd.clip(x, None, 2)), ("nd.clip 0 None", lambda: mx.nd.clip(x, 0, None)),
                     ("method None 2", lambda: x.clip(None, 2)), ("sparse.clip a_max", lambda: mx.nd.sparse.clip(x, a_max=2)),
                     ("clip -1 2", lambda: mx.nd.clip(x, -1, 2)), ("clip 1 2", lambda: mx.nd.clip(x, 1, 2))]:
        try:
            y = f()
            print(x.stype, label, y.stype, y.asnumpy().tolist())
        except Exception as e:
            print(x.stype, label, type(e).__name__)

print(sorted(n for n in mx.nd.sparse.__all__ if n != "_ndarray_cls"))
print(mx.nd.sparse._internal._mul_scalar(c, scalar=2.0).stype, mx.nd.sparse._internal._plus_scalar(r, scalar=1.0).stype)
print(csr_matrix(D).stype, row_sparse_array(D).stype, elemwise_add(c, c).stype, dot(c, mx.nd.ones((4, 2))).stype)
