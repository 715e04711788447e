# clip, cast_storage and dot write only the storage type their kernel produces: another out= is refused
import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse
dense = nd.array([[0, 1.5, 0], [2, 0, -3], [0, 0, 0], [0, -0.5, 4]])
csr, rsp = dense.tostype('csr'), dense.tostype('row_sparse')
cases = [
    ('clip csr->default', lambda: nd.clip(csr, -1, 1, out=nd.zeros((4, 3)))),
    ('clip rsp->default', lambda: nd.clip(rsp, -1, 1, out=nd.zeros((4, 3)))),
    ('clip rsp->rsp', lambda: nd.clip(rsp, -1, 1, out=sp.zeros('row_sparse', (4, 3)))),
    ('clip csr->csr', lambda: nd.clip(csr, -1, 1, out=sp.zeros('csr', (4, 3)))),
    ('clip csr->rsp', lambda: nd.clip(csr, -1, 1, out=sp.zeros('row_sparse', (4, 3)))),
    ('clip rsp->csr', lambda: nd.clip(rsp, -1, 1, out=sp.zeros('csr', (4, 3)))),
    ('cast csr default->csr', lambda: nd.cast_storage(csr, stype='default', out=sp.zeros('csr', (4, 3)))),
    ('cast csr csr->csr', lambda: nd.cast_storage(csr, stype='csr', out=sp.zeros('csr', (4, 3)))),
    ('cast dense csr->default', lambda: nd.cast_storage(dense, stype='csr', out=nd.zeros((4, 3)))),
    ('dot csr->csr', lambda: nd.dot(csr, nd.ones((3, 3)), out=sp.zeros('csr', (4, 3)))),
    ('dot csr->rsp', lambda: nd.dot(csr, nd.ones((3, 3)), out=sp.zeros('row_sparse', (4, 3)))),
    ('dot csr->default', lambda: nd.dot(csr, nd.ones((3, 3)), out=nd.zeros((4, 3)))),
    ('dot csrT->rsp', lambda: nd.dot(csr, nd.ones((4, 3)), transpose_a=True, out=sp.zeros('row_sparse', (3, 3)))),
    ('dot csrT->default', lambda: nd.dot(csr, nd.ones((4, 3)), transpose_a=True, out=nd.zeros((3, 3)))),
    ('dot rsp->rsp', lambda: nd.dot(rsp, nd.ones((3, 3)), out=sp.zeros('row_sparse', (4, 3)))),
    ('dot rsp->default', lambda: nd.dot(rsp, nd.ones((3, 3)), out=nd.zeros((4, 3)))),
]
for label, call in cases:
    try:
        r = call()
        print(label, r.stype, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(label, 'MXNetError', 'Operator not implemented' in str(e))

# an out= of the kernel's own storage type receives its structure: relu keeps the stored zeros
for op in (nd.relu, nd.sign, nd.negative):
    o = sp.zeros('csr', (4, 3))
    r = op(csr, out=o)
    print(op.__name__, r is o, o.indices.asnumpy().tolist(), o.indptr.asnumpy().tolist(), o.data.asnumpy().tolist())
o = sp.zeros('row_sparse', (4, 3))
nd.relu(nd.array([[0, 0, 0], [-1, -2, 0], [0, 0, 0], [1, 0, 0]]).tostype('row_sparse'), out=o)
print('relu rsp', o.indices.asnumpy().tolist(), o.data.asnumpy().tolist())
