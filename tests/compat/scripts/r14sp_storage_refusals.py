"""Operators refusing a storage combination print MXNet's report: the operator, input and output storage types, the parameters given and the device."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


A = np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 4, 0]], dtype=np.float32)
c, r, d = nd.array(A).tostype("csr"), nd.array(A).tostype("row_sparse"), nd.array(A)


def report(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        lines = [line for line in str(e).splitlines() if line.strip()]
        start = next((i for i, line in enumerate(lines) if "Check failed" in line), 0)
        head = lines[start].split("MXNetError: ")[-1]
        print(label, "->", type(e).__name__, "|", " | ".join([head] + lines[start + 1:start + 5]))


report("clip csr outside 0", lambda: nd.clip(c, 1, 2))
report("clip rsp outside 0", lambda: nd.clip(r, a_min=-3, a_max=-1))
report("clip csr holding 0", lambda: nd.clip(c, -1, 1))
report("cast_storage csr to rsp", lambda: nd.cast_storage(c, stype="row_sparse"))
report("cast_storage rsp to csr", lambda: nd.cast_storage(r, stype="csr"))
report("_square_sum dense", lambda: nd._internal._square_sum(d, axis=1))
report("_square_sum csr keepdims", lambda: nd._internal._square_sum(c, axis=0, keepdims=True))
report("_square_sum rsp no axis", lambda: nd._internal._square_sum(r))
report("retain csr", lambda: nd.sparse.retain(c, nd.array([0])))
report("retain dense", lambda: nd.sparse.retain(d, nd.array([0])))
report("retain into csr", lambda: nd.sparse.retain(r, nd.array([0]), out=nd.sparse.zeros("csr", (3, 4))))
report("Embedding csr weight", lambda: nd.Embedding(nd.array([0]), c, input_dim=3, output_dim=4))
report("dot csr.T into dense", lambda: nd.dot(c, nd.ones((3, 2)), transpose_a=True, out=nd.zeros((4, 2))))
report("dot csr into csr", lambda: nd.dot(c, nd.ones((4, 2)), out=nd.sparse.zeros("csr", (3, 2))))
report("retain, one input", lambda: nd.sparse.retain(r))
