"""A row_sparse 'add' gradient buffer its sparse kernel refuses (Embedding sparse_grad, dot of a csr) keeps the error through later backward passes, raised when read with MXNet's source line."""
import numpy as np
import mxnet as mx
from mxnet import autograd as ag, nd


def read(arr):
    try:
        return arr.asnumpy().tolist()
    except Exception as e:
        return type(e).__name__ + ': ' + ' | '.join(str(e).splitlines())


def embedding(w):
    return nd.Embedding(nd.array([0, 2, 2]), w, 4, 3, sparse_grad=True)


def csr_dot(w):
    return nd.dot(nd.array([[1, 0, 0, 2], [0, 0, 1, 0]]).tostype('csr'), w)


for first, second in [(embedding, embedding), (embedding, csr_dot), (csr_dot, embedding), (csr_dot, csr_dot)]:
    w = nd.array(np.arange(12.).reshape(4, 3))
    w.attach_grad(grad_req='add', stype='row_sparse')
    print(first.__name__, 'then', second.__name__)
    for fn in (first, second):
        with ag.record():
            loss = (fn(w) * 2).sum()
        try:
            loss.backward()
            print('  backward ok', w.grad.stype, w.grad.shape)
        except Exception as e:
            print('  backward', type(e).__name__, str(e).splitlines()[-1])
    print('  read', read(w.grad))
    print('  read again', read(w.grad))
