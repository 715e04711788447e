"""SparseEmbedding with a gradient asked for its indices: the backward completes, reading the weight
gradient raises MXNet's kernel check, the index gradient stays zero."""
import mxnet as mx
from mxnet import nd, autograd
from _words import words

for data_grad in [False, True]:
    weight, data = nd.arange(12).reshape((4, 3)), nd.array([0, 2, 2])
    weight.attach_grad(stype="row_sparse")
    if data_grad:
        data.attach_grad()
    with autograd.record():
        out = nd.contrib.SparseEmbedding(data, weight, input_dim=4, output_dim=3) * 2
    out.backward()
    try:
        print(data_grad, "weight grad ->", weight.grad.stype, weight.grad.asnumpy().tolist())
    except Exception as e:
        print(data_grad, "weight grad ->", words(e))
    if data_grad:
        print(data_grad, "data grad ->", data.grad.asnumpy().tolist())
