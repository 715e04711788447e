"""Embedding layers with a row_sparse gradient (Embedding sparse_grad, contrib.SparseEmbedding) and indices out of range: the backward kernel's refusal at its own source line, seen when the gradient is read."""
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn


def show(tag, f):
    try:
        print(tag, 'OK', f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).replace('\n', ' | '))


for name in ['Embedding sparse_grad', 'contrib.SparseEmbedding op']:
    for idx in [[7], [-1], [5], [4], [2, 2]]:
        w = nd.ones((5, 2))
        w.attach_grad(stype='row_sparse')
        with autograd.record():
            if name.startswith('Embedding'):
                y = nd.Embedding(nd.array(idx), w, input_dim=5, output_dim=2, sparse_grad=True)
            else:
                y = nd.contrib.SparseEmbedding(nd.array(idx), w, input_dim=5, output_dim=2)
        show((name, idx, 'forward'), lambda: y.asnumpy().tolist())
        y.backward()
        show((name, idx, 'grad'), lambda: w.grad.asnumpy().tolist())
        show((name, idx, 'waitall'), lambda: nd.waitall())
for make in [lambda: nn.Embedding(5, 2, sparse_grad=True)]:
    layer = make()
    layer.initialize(mx.init.One())
    for idx in [[6], [1, 3]]:
        with autograd.record():
            y = layer(nd.array(idx))
        y.backward()
        show((type(layer).__name__, idx, 'grad'), lambda: layer.weight.grad().asnumpy().tolist())
        show((type(layer).__name__, idx, 'waitall'), lambda: nd.waitall())
