"""row_sparse_pull on local and device stores: rows given in any order or repeated, several outputs, and the storage checks of outputs, row ids and the stored value."""
import numpy as np
import mxnet as mx
from mxnet import nd


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"


def show(x):
    """An array's class, storage, shape, dtype and values (or the error its first read raises)."""
    if not isinstance(x, nd.NDArray):
        return repr(x)
    head = f"{type(x).__name__} {x.stype} {x.shape} {np.dtype(x.dtype).name}"
    try:
        return f"{head} {x.asnumpy().tolist()}"
    except Exception as e:
        return f"{head} read -> {words(e)}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))
for kind in ["local", "device"]:
    print("--", kind)
    kv = mx.kv.create(kind)
    kv.init("w", nd.arange(12).reshape(3, 4).tostype("row_sparse"))
    kv.init("d", nd.arange(12).reshape(3, 4))

    def pulled(key, ids, out=None):
        out = nd.sparse.zeros("row_sparse", (3, 4)) if out is None else out
        kv.row_sparse_pull(key, out=out, row_ids=ids)
        return out

    attempt("rows 0 2", lambda: pulled("w", nd.array([0, 2])))
    attempt("rows 2 0 2", lambda: pulled("w", nd.array([2, 0, 2])))
    attempt("no rows", lambda: pulled("w", nd.array([], dtype="int64")))
    attempt("int64 ids", lambda: pulled("w", nd.array([1], dtype="int64")))
    attempt("dense out", lambda: pulled("w", nd.array([1]), nd.zeros((3, 4))))
    attempt("csr out", lambda: pulled("w", nd.array([1]), nd.sparse.zeros("csr", (3, 4))))
    attempt("dense key, dense out", lambda: pulled("d", nd.array([1]), nd.zeros((3, 4))))
    attempt("dense key", lambda: pulled("d", nd.array([1])))
    attempt("sparse ids", lambda: pulled("w", nd.array([1]).tostype("row_sparse")))
    outs = [nd.sparse.zeros("row_sparse", (3, 4)), nd.sparse.zeros("row_sparse", (3, 4))]
    attempt("two outs", lambda: (kv.row_sparse_pull("w", out=outs, row_ids=[nd.array([1]), nd.array([0, 2])]),
                                 [o.indices.asnumpy().tolist() for o in outs])[1])
    kv.push("w", [nd.ones((3, 4)).tostype("row_sparse"), nd.array([[0, 0, 0, 0], [1, 1, 1, 1], [0, 0, 0, 0]]).tostype("row_sparse")])
    attempt("after a push of two", lambda: pulled("w", nd.array([0, 1, 2])))
