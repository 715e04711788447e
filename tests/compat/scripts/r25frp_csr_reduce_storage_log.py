"""sum/mean of a csr array along one axis run MXNet's csr kernel for every dtype (no storage fallback line on
stderr); a row_sparse one, or all axes, fall back to the dense kernel and say so once."""
# recorded on AVX2

import mxnet as mx

from _stderr import stderr_of


def logged(call):
    """``call``'s result, and the storage fallback lines it writes on the process's stderr."""
    res, lines = stderr_of(lambda: call().asnumpy().tolist())
    if isinstance(res, Exception):
        raise res
    return res, [line for line in lines if line.startswith(("operator", "input", "params"))]


for dt in ["int32", "float16", "int64", "uint8", "int8", "float32", "float64"]:
    x = mx.nd.array([[0, 1, 0], [2, 0, 3]], dtype=dt).tostype("csr")
    for op in ["sum", "mean"]:
        for axis in [0, 1]:
            print(dt, op, axis, *logged(lambda: getattr(mx.nd, op)(x, axis=axis)))
r = mx.nd.array([[0, 1, 0], [2, 0, 3]]).tostype("row_sparse")
print("row_sparse sum", *logged(lambda: mx.nd.sum(r, axis=0)))
print("csr sum all", *logged(lambda: mx.nd.sum(mx.nd.array([[0, 1], [2, 0]], dtype="int32").tostype("csr"))))
