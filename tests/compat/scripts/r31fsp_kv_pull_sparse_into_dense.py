"""A local kvstore pull of a row_sparse or csr key into a dense array logs MXNet's copy fallback (naming pinned memory cpu); values pulled."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of


def pull(kv, key, out, **kw):
    res, lines = stderr_of(lambda: kv.pull(key, out=out, **kw))
    print("==", key, type(res).__name__ if isinstance(res, Exception) else "", out.stype, out.asnumpy().tolist())
    for line in lines:
        if line.startswith("Copy from"):
            print("  ", line)


res, lines = stderr_of(lambda: mx.nd.ones((2, 2), ctx=mx.cpu_pinned()).tostype("csr").copyto(mx.nd.zeros((2, 2))))
print([line for line in lines if line.startswith("Copy from")])
kv = mx.kv.create("local")
kv.init("rsp", mx.nd.array([[0, 0], [1, 2], [0, 0]]).tostype("row_sparse"))
kv.init("csr", mx.nd.array([[0, 3], [4, 0], [0, 0]]).tostype("csr"))
kv.init("dense", mx.nd.array([[5, 0], [0, 6], [7, 0]]))
pull(kv, "rsp", mx.nd.zeros((3, 2)))
pull(kv, "csr", mx.nd.zeros((3, 2)))
pull(kv, "dense", mx.nd.zeros((3, 2), stype="row_sparse"), ignore_sparse=False)
