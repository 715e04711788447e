"""Unary math on csr/row_sparse arrays makes nan and inf silently, as MXNet's kernels (no numpy RuntimeWarning on stderr); values and storage types."""
# recorded on AVX2
import warnings

import mxnet as mx
from _stderr import stderr_of

warnings.simplefilter("always")
x = mx.nd.array([[0, -1.5, 0], [2, 0, -3], [0, 0, 1e38]])
for st in ["csr", "row_sparse"]:
    a = x.tostype(st)
    for f in ["sqrt", "arcsin", "log1p", "arctanh", "square", "expm1", "arccosh"]:
        res, lines = stderr_of(lambda: getattr(mx.nd, f)(a))
        print(st, f, res.stype, res.asnumpy().tolist(), "stderr lines:", len(lines))
