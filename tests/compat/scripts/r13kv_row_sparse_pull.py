"""row_sparse_pull: 'device' retains rows straight into the output (its own shape, the key's dtype only), 'local' copies; MXNet's storage checks."""
import numpy as np
import mxnet as mx
from mxnet import nd


def words(e):
    lines = [line for line in str(e).splitlines() if "Check failed" in line or "Error" in line] or [str(e)]
    text = lines[-1]
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r if r is None else (r.asnumpy().tolist(), np.dtype(r.dtype).name))
    except Exception as e:
        print(label, "->", words(e))


for kind in ["local", "device"]:
    print("--", kind)
    kv = mx.kv.create(kind)
    kv.init("w", nd.array(np.arange(8).reshape(4, 2) * 1.5).tostype("row_sparse"))
    kv.init("d", nd.ones((4, 2)))
    for shape, dtype, ids in [((4, 2), "float32", [1, 3]), ((5, 2), "float32", [1]), ((4, 2), "float16", [1]),
                              ((4, 2), "int32", [2]), ((4, 2), "float32", [0.7, 2.2]),
                              ((4, 2), "float32", [])]:
        out = nd.zeros(shape, dtype=dtype).tostype("row_sparse")
        attempt(f"pull {ids} into {shape} {dtype}", lambda: kv.row_sparse_pull("w", out=out, row_ids=nd.array(ids)))
        attempt("  read", lambda: out)
        attempt("  read again", lambda: out)
    attempt("from a dense key", lambda: kv.row_sparse_pull("d", out=nd.zeros((4, 2)).tostype("row_sparse"),
                                                           row_ids=nd.array([1])))
    attempt("into a dense out", lambda: kv.row_sparse_pull("w", out=nd.zeros((4, 2)), row_ids=nd.array([1])))
    attempt("csr row ids", lambda: kv.row_sparse_pull("w", out=nd.zeros((4, 2)).tostype("row_sparse"),
                                                      row_ids=nd.array([[0, 1]]).tostype("csr")))
    outs = [nd.zeros((4, 2)).tostype("row_sparse") for _ in range(3)]
    kv.row_sparse_pull("w", out=outs, row_ids=nd.array([3, 0]))
    print("one row_ids, three outputs", [o.asnumpy().tolist() for o in outs])

for threshold in [True, "0.25", 1, None, "1e-1"]:
    kv = mx.kv.create("device")
    attempt(f"threshold {threshold!r}", lambda: kv.set_gradient_compression({"type": "2bit", "threshold": threshold}))
