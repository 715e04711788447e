"""An operator without a kernel for its inputs' storage types is refused with MXNet's report alone."""
# recorded on AVX2
import mxnet as mx

nd = mx.nd
csr = nd.ones((3, 3)).tostype("csr")
rsp = nd.ones((3, 3)).tostype("row_sparse")
dense = nd.ones((3, 3))
CASES = [
    ("cast_storage csr to row_sparse", lambda: nd.cast_storage(csr, "row_sparse")),
    ("cast_storage row_sparse to csr", lambda: nd.cast_storage(rsp, "csr")),
    ("sparse.retain of dense data", lambda: nd.sparse.retain(dense, nd.array([0]))),
    ("Embedding of a csr weight", lambda: nd.Embedding(nd.array([0, 1]), csr, input_dim=3, output_dim=3)),
    ("_square_sum of csr", lambda: nd._internal._square_sum(csr, axis=1)),
    ("clip of csr", lambda: csr.clip(0, 1)),
    ("exp of csr", lambda: nd.exp(csr)),
]
for label, fn in CASES:
    try:
        out = fn()
        out.wait_to_read()
        print(label, "->", out.stype)
    except mx.base.MXNetError as e:
        text = str(e)
        print(label, "raises", repr(text[text.find("Check failed"):]))
