"""adam_update of row_sparse arrays with lazy_update False and True: which stored rows its kernels need, in MXNet's words."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt

G = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]], dtype="float32")
W = np.arange(12, dtype="float32").reshape(4, 3) / 10


def rsp(a):
    return nd.array(a).tostype("row_sparse")


for lazy in [False, True]:
    for mname, m in [("no rows", np.zeros((4, 3))), ("every row", np.ones((4, 3)))]:
        for vname, v in [("no rows", np.zeros((4, 3))), ("every row", np.ones((4, 3)))]:
            for wname, w0 in [("every row", W), ("no rows", np.zeros((4, 3)))]:
                def run():
                    w = rsp(w0)
                    nd.adam_update(w, rsp(G), rsp(m), rsp(v), lr=0.1, lazy_update=lazy, out=w)
                    return np.round(w.asnumpy(), 4).tolist()
                attempt(f"lazy={lazy} mean {mname}, var {vname}, weight {wname}", run)
