"""mx.nd.sparse.concat and mx.nd.sparse.slice are the concat/slice operators: csr rows stay csr, other storage combinations report MXNet's storage fallback."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of

x = mx.nd.array([[0, 0.5, 0], [0, 0, 0], [2, 0, -0.3]])
kinds = {"csr": x.tostype("csr"), "rsp": x.tostype("row_sparse"), "dense": x}


def show(label, call):
    res, lines = stderr_of(call)
    print("==", label)
    for line in lines:
        if line.startswith(("operator", "input storage", "output storage", "params")):
            print("  ", line)
    if isinstance(res, Exception):
        print("   ERR", type(res).__name__)
    else:
        print("  ", type(res).__name__, res.stype, res.asnumpy().tolist())


for k, a in kinds.items():
    show(f"concat {k} dim0", lambda: mx.nd.sparse.concat(a, a, dim=0))
    show(f"concat {k} dim1", lambda: mx.nd.sparse.concat(a, a, dim=1))
    show(f"concat {k} with dense", lambda: mx.nd.sparse.concat(a, x, dim=0))
    show(f"slice {k}", lambda: mx.nd.sparse.slice(a, begin=(1, 0), end=(3, 2)))
    show(f"slice {k} rows", lambda: mx.nd.sparse.slice(a, begin=(0,), end=(2,)))
