"""A sparse float64/int32 array given a gradient buffer by attach_grad(stype=...) (a float32 buffer in MXNet): its
backward fails in the type check of the operator reading it, or in the shape check for other operators."""
import numpy as np
import mxnet as mx
from _words import words

sp = mx.nd.sparse
A = np.array([[0, 1, 0], [2, 0, 3], [0, 0, 0], [4, 5, 0]])
OPS = [("tostype", lambda x: x.tostype("default")), ("square", sp.square), ("sqrt", sp.sqrt), ("abs", sp.abs),
       ("negative", sp.negative), ("relu", sp.relu), ("sign", sp.sign), ("sigmoid", sp.sigmoid), ("exp", sp.exp),
       ("x * 3", lambda x: x * 3), ("sum", mx.nd.sum), ("mean", mx.nd.mean),
       ("square + sqrt", lambda x: sp.square(x) + sp.sqrt(x)), ("x * x", lambda x: sp.elemwise_mul(x, x)),
       ("square(x) * 3", lambda x: sp.square(x) * 3)]
for kind in ["csr", "row_sparse"]:
    for dtype in ["float64", "int32"]:
        for stype in ["default", "csr", "row_sparse"]:
            for text, f in OPS:
                x = mx.nd.array(A, dtype=dtype).tostype(kind)
                x.attach_grad(stype=stype)
                with mx.autograd.record():
                    y = f(x)
                try:
                    y.backward()
                    print(kind, dtype, stype, text, "->", x.grad.asnumpy().tolist())
                except mx.base.MXNetError as e:
                    print(kind, dtype, stype, text, "->", words(e).replace(x.grad.dtype.__name__, "<buffer>"))
