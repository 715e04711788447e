"""cast_storage into an out= array: its shape and dtype are checked before storage types, in MXNet's words."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show

A = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]], dtype="float32")
outs = {"dense": lambda: nd.zeros((4, 3)), "dense float64": lambda: nd.zeros((4, 3), dtype="float64"),
        "dense 3x3": lambda: nd.zeros((3, 3)), "row_sparse": lambda: nd.sparse.zeros("row_sparse", (4, 3)),
        "csr": lambda: nd.sparse.zeros("csr", (4, 3)), "csr 3x3": lambda: nd.sparse.zeros("csr", (3, 3)),
        "row_sparse int32": lambda: nd.sparse.zeros("row_sparse", (4, 3), dtype="int32")}
for source in ["default", "csr", "row_sparse"]:
    for stype in ["default", "csr", "row_sparse"]:
        for oname, make in outs.items():
            def run():
                x = nd.array(A) if source == "default" else nd.array(A).tostype(source)
                o = make()
                r = nd.cast_storage(x, stype=stype, out=o)
                return f"{show(r)} / same: {r is o}"
            attempt(f"{source} -> {stype} into {oname}", run)
