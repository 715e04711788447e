"""copy() and clip of sparse arrays are recorded by autograd (their gradients reach the sparse variable)."""
import numpy as np
import mxnet as mx

sp = mx.nd.sparse
A = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]], dtype="float32")
OPS = [("copy", lambda x: x.copy()), ("clip", lambda x: sp.clip(x, 0, 1)), ("clip wide", lambda x: sp.clip(x, -1, 4)),
       ("x * 3", lambda x: x * 3), ("x + 1", lambda x: x + 1), ("copy * 2", lambda x: x.copy() * 2)]
for kind in ["csr", "row_sparse"]:
    for stype in ["default", "csr", "row_sparse"]:
        for text, f in OPS:
            x = mx.nd.array(A).tostype(kind)
            x.attach_grad(stype=stype)
            with mx.autograd.record():
                y = f(x)
            y.backward()
            print(kind, stype, text, "->", x.grad.stype, x.grad.asnumpy().tolist())
