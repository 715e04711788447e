"""row_sparse_pull on local and device stores: rows given in any order or repeated, several outputs, and the storage checks of outputs, row ids and the stored value."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


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
