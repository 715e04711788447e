"""Sparse copyto refuses a target that is neither an array nor a context (TypeError) and returns False for itself;
nd.sparse.retain asserts NDArray operands before its storage checks."""
import mxnet as mx, numpy as np, warnings
warnings.simplefilter('ignore')
D = np.array([[1., 0, 2, 0], [0, 0, 0, 0], [0, 3, 0, 4]], dtype=np.float32)
for x in [mx.nd.sparse.csr_matrix(D), mx.nd.sparse.row_sparse_array(D), mx.nd.array(D)]:
    for label, f in [("copyto 3", lambda: x.copyto(3)), ("copyto str", lambda: x.copyto('cpu(0)')), ("copyto self", lambda: x.copyto(x)),
                     ("copyto ctx", lambda: x.copyto(mx.cpu(1)).context), ("retain list", lambda: mx.nd.sparse.retain(x, [0, 2])),
                     ("retain np", lambda: mx.nd.sparse.retain(x, np.array([0, 2]))), ("retain nd", lambda: mx.nd.sparse.retain(x, mx.nd.array([0, 2])).asnumpy().tolist()),
                     ("retain data list", lambda: mx.nd.sparse.retain([[1, 2]], mx.nd.array([0])))]:
        try:
            print(x.stype, label, f())
        except Exception as e:
            print(x.stype, label, type(e).__name__)
