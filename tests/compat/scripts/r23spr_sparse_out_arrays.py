"""Elementwise and unary operators with sparse operands writing into an out= array of each storage type: a dense
result of a sparse kernel (csr or row_sparse minus dense: -0.0 where nothing is stored) is what a dense out=
receives, a sparse one falls back or is refused as in MXNet."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _sparse_show import show
from _words import words

nd = mx.nd
A = np.array([[0, 1.5, 0], [2, 0, -3], [0, 0, 0], [4, 5, 0]], dtype="float32")
B = np.array([[1, 0, 0], [0, 0, 0], [0, 2, 0], [4, 0, 1]], dtype="float32")
STYPES = ["default", "csr", "row_sparse"]


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


for op in ["elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", "broadcast_add", "broadcast_sub",
           "broadcast_mul"]:
    for s1 in STYPES:
        for s2 in STYPES:
            for so in STYPES:
                if s1 == s2 == so == "csr":
                    continue        # (MXNet's csr result keeps the out array's larger buffers: unread memory)
                a, b, out = nd.array(A).tostype(s1), nd.array(B).tostype(s2), nd.ones((4, 3)).tostype(so)
                attempt(f"{op} {s1} {s2} out={so}", lambda: getattr(nd, op)(a, b, out=out))
for fn in ["abs", "square", "sqrt", "sign", "relu", "negative", "clip", "zeros_like", "cast_storage"]:
    for s1 in STYPES:
        for so in STYPES:
            a, out = nd.array(np.abs(A)).tostype(s1), nd.ones((4, 3)).tostype(so)
            kw = {"a_min": 0.5, "a_max": 2} if fn == "clip" else ({"stype": so} if fn == "cast_storage" else {})
            attempt(f"{fn} {s1} out={so}", lambda: getattr(nd, fn)(a, out=out, **kw))
