"""A float16 Embedding with sparse_grad=True (imperative and hybridized): backward returns, reading the row_sparse
gradient raises MXNet's type-switch error at its own source line, and the gradient then reads as zeros; with
sparse_grad=False the float16 gradient is computed."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, nd


def shown(e):
    return f"{type(e).__name__}: {str(e).splitlines()[-1]} at {[line for line in str(e).splitlines() if 'File' in line]}"


for sparse in (True, False):
    for hybridize in (False, True):
        mx.random.seed(1)
        emb = gluon.nn.Embedding(6, 3, sparse_grad=sparse)
        emb.initialize()
        emb.cast("float16")
        if hybridize:
            emb.hybridize()
        x = nd.array([[1, 4, 4], [0, 4, 2]], dtype="float16")
        with autograd.record():
            y = emb(x)
        y.backward()
        grad = emb.weight.grad()
        print(sparse, hybridize, "backward returned:", grad.stype, grad.shape, grad.dtype)
        try:
            print("   ", grad.asnumpy().tolist())
        except mx.base.MXNetError as e:
            print("   ", shown(e))
        print("    then", grad.stype, grad.asnumpy().tolist())
