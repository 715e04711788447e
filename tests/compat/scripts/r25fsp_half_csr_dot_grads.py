"""A float16 csr dot under autograd: MXNet's kernel refuses the type when the result is read, yet the graph records
the dot, so backward meets the gradient buffers (a float32 one of attach_grad(stype=...) fails its shape check)."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd
from _sparse_show import show
from _words import words

nd = mx.nd
A = np.array([[1., 0, 2], [0, 3, 0]])
for ta in (False, True):
    for buffer in ((None,) if not ta else ()) + ("default", "row_sparse", "csr"):
        x = nd.array(A.T if ta else A, dtype="float16").tostype("csr")
        w = nd.ones((3, 2), dtype="float16")
        if buffer is None:
            w.attach_grad()
        else:
            w.attach_grad(stype=buffer)
        try:
            with autograd.record():
                y = nd.sparse.dot(x, w, transpose_a=ta)
            y.backward()
            print(ta, buffer, "->", show(y), "|", show(w.grad))
        except Exception as e:
            print(ta, buffer, "->", words(e))
