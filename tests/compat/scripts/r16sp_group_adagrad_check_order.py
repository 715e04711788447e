"""group_adagrad_update's checks in MXNet's order: its parameters, then types, then storage types, then out=weight."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show

W = np.arange(12, dtype="float32").reshape(4, 3) / 10
G = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]], dtype="float32")


def arr(a, stype, dtype="float32"):
    x = nd.array(a, dtype=dtype)
    return x if stype == "default" else x.tostype(stype)


for wst in ["default", "row_sparse"]:
    for gst in ["default", "row_sparse", "csr"]:
        for hst in ["default", "row_sparse"]:
            for gdt in ["float32", "float64"]:
                for extra in [{}, {"lazy_update": True}, {"clip_gradient": 0.5}]:
                    for into in [True, False]:
                        def run():
                            w, h = arr(W, wst), arr(np.zeros((4, 1)), hst)
                            out = w if into else None
                            r = nd.contrib.group_adagrad_update(w, arr(G, gst, gdt), h, lr=0.1, out=out, **extra)
                            return r if into else " / ".join(show(x) for x in (r, w))
                        attempt(f"w={wst} g={gst}:{gdt} h={hst} {extra} out={'w' if into else None}", run)
