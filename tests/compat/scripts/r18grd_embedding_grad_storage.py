"""Embedding's sparse_grad against the variable's gradient storage, over requests and index kinds: the refusal of
the backward node's storage inference names the node."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

weight = np.arange(12, dtype=np.float32).reshape(4, 3) / 4
for sparse_grad in (True, False):
    for stype in ("default", "row_sparse"):
        for req in ("write", "add"):
            for index in (nd.array([0, 2, 2]), nd.array([[3, 1]], dtype="int32")):
                w = nd.array(weight)
                w.attach_grad(grad_req=req, stype=stype)
                label = f"sparse_grad={sparse_grad} {stype} {req} index {index.shape}"
                try:
                    with autograd.record():
                        y = nd.Embedding(index, w, input_dim=4, output_dim=3, sparse_grad=sparse_grad)
                        z = (y * y).sum()
                    z.backward()
                    print(label, w.grad.stype, w.grad.asnumpy().tolist())
                except Exception as e:
                    print(label, "->", words(e))
for stype in ("default", "row_sparse"):
    w = nd.array(weight)
    w.attach_grad(stype=stype)
    with autograd.record():
        y = nd.contrib.SparseEmbedding(nd.array([1, 1, 3]), w, input_dim=4, output_dim=3)
    try:
        y.backward()
        print("SparseEmbedding", stype, w.grad.stype, w.grad.asnumpy().tolist())
    except Exception as e:
        print("SparseEmbedding", stype, "->", words(e))
