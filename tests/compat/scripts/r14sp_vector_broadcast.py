"""broadcast_mul/div of a csr array by a dense vector (1-D, one row or one column), as MXNet's vector kernel reads it; a dense operand of the csr's own shape multiplies elementwise and refuses division."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show


A = np.array([[1, 2, 0], [0, 3, 4]], dtype=np.float32)
csr, one_row = nd.array(A).tostype("csr"), nd.array(A[:1]).tostype("csr")
for label, x in [("csr", csr), ("one-row csr", one_row)]:
    for shape_label, v in [("row", nd.array([[10, 20, 30]])), ("1-D", nd.array([10, 20, 30])),
                           ("col", nd.array([[10], [20]][:x.shape[0]])), ("1x1", nd.array([[7]])),
                           ("1-D of 1", nd.array([7])), ("same shape", nd.array(A[:x.shape[0]] + 5)),
                           ("3-D", nd.ones((1, x.shape[0], 3)))]:
        attempt(f"{label} broadcast_mul {shape_label}", lambda: nd.broadcast_mul(x, v))
        attempt(f"{label} broadcast_div {shape_label}", lambda: nd.broadcast_div(x, v))
    attempt(f"{label} * same shape", lambda: x * nd.array(A[:x.shape[0]] + 5))
    attempt(f"{label} / same shape", lambda: x / nd.array(A[:x.shape[0]] + 5))
    attempt(f"{label} / row", lambda: x / nd.array([[10, 20, 30]]))
    attempt(f"{label} elemwise_mul same shape", lambda: nd.elemwise_mul(x, nd.array(A[:x.shape[0]] + 5)))
    attempt(f"{label} sparse.divide same shape", lambda: nd.sparse.divide(x, nd.array(A[:x.shape[0]] + 5)))
third = nd.broadcast_div(csr, nd.array([[3], [7]]))
print("csr / col of 3 and 7:", [float(v) for v in third.data.asnumpy()])
