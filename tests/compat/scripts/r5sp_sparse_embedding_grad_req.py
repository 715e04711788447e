"""Embedding(sparse_grad=True) and contrib.SparseEmbedding refuse grad_req add on the weight (MXNet checks the
request is write); dense-gradient Embedding accumulates as before."""
import mxnet as mx
for sg, st in [(True, 'row_sparse'), (False, 'default'), (False, 'row_sparse')]:
    for req in ['add', 'write']:
        e = mx.nd.arange(15).reshape((5,3)); e.attach_grad(stype=st, grad_req=req); i = mx.nd.array([2,2])
        try:
            for _ in range(2):
                with mx.autograd.record():
                    y = mx.nd.Embedding(i, e, input_dim=5, output_dim=3, sparse_grad=sg)
                y.backward()
            print(sg, st, req, e.grad.stype, e.grad.asnumpy().tolist())
        except Exception as ex:
            print(sg, st, req, type(ex).__name__)
for req in ['add', 'write']:
    e = mx.nd.arange(15).reshape((5,3)); e.attach_grad(stype='row_sparse', grad_req=req); i = mx.nd.array([2,2])
    try:
        with mx.autograd.record():
            y = mx.nd.contrib.SparseEmbedding(i, e, input_dim=5, output_dim=3)
        y.backward()
        print('contrib', req, e.grad.stype, e.grad.asnumpy().tolist())
    except Exception as ex:
        print('contrib', req, type(ex).__name__)
