"""Dense inputs written into a sparse out=: MXNet's storage fallback report (operator, storage types, params), the result's storage type and values; zeros/cast_storage/random keep their own kernels; Embedding refuses."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of

x = mx.nd.array([[0, 1.5, 0], [2, 0, -3], [0, 0, 0]])


def show(label, call):
    res, lines = stderr_of(call)
    print("==", label)
    for line in lines:
        if line.startswith(("operator", "input storage", "output storage", "params")):
            print("  ", line)
    if isinstance(res, Exception):
        print("   ERR", type(res).__name__, [l for l in str(res).splitlines() if l.startswith(("MXNetError", "input", "output", "params"))])
    else:
        print("  ", res.stype, res.asnumpy().tolist())


for st in ["csr", "row_sparse"]:
    out = lambda: mx.nd.zeros((3, 3), stype=st)
    show(st + " relu", lambda: mx.nd.relu(x, out=out()))
    show(st + " clip", lambda: mx.nd.clip(x, 0, 1, out=out()))
    show(st + " elemwise_add", lambda: mx.nd.elemwise_add(x, x, out=out()))
    show(st + " broadcast_mul", lambda: mx.nd.broadcast_mul(x, x, out=out()))
    show(st + " transpose", lambda: mx.nd.transpose(x, out=out()))
    show(st + " Cast", lambda: mx.nd.Cast(x, dtype="float32", out=out()))
    show(st + " FullyConnected", lambda: mx.nd.FullyConnected(x, x, no_bias=True, num_hidden=3, out=out()))
    show(st + " sgd_update", lambda: mx.nd.sgd_update(x, mx.nd.ones((3, 3)), lr=0.1, out=out()))
    show(st + " adam_update", lambda: mx.nd.adam_update(x, mx.nd.ones((3, 3)), mx.nd.ones((3, 3)), mx.nd.ones((3, 3)),
                                                        lr=0.1, out=out()))
    show(st + " zeros", lambda: mx.nd.zeros((3, 3), out=out()))
    show(st + " cast_storage", lambda: mx.nd.cast_storage(x, stype=st, out=out()))
    show(st + " Embedding", lambda: mx.nd.Embedding(mx.nd.array([0, 1]), x, input_dim=3, output_dim=3, out=out()))
show("rsp sum", lambda: mx.nd.sum(x, axis=0, out=mx.nd.zeros((3,), stype="row_sparse")))
show("rsp uniform", lambda: mx.nd.random.uniform(0, 0, shape=(3, 3), out=mx.nd.zeros((3, 3), stype="row_sparse")))
