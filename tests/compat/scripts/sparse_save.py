import os
import tempfile

import mxnet as mx
import numpy as np

csr = mx.nd.sparse.csr_matrix(([1.5, -2.0, 3.25], [0, 2, 1], [0, 2, 2, 3]), shape=(3, 4))
rsp = mx.nd.sparse.row_sparse_array((np.arange(6).reshape(2, 3), [0, 3]), shape=(5, 3), dtype='float64')
empty = mx.nd.sparse.zeros('csr', (2, 3))
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'sparse.nd')
mx.nd.save(path, {'csr': csr, 'rsp': rsp, 'empty': empty, 'dense': mx.nd.ones((2,))})
print(os.path.getsize(path))
loaded = mx.nd.load(path)
for k in sorted(loaded):
    v = loaded[k]
    print(k, type(v).__name__, v.stype, v.shape, v.dtype)
    print(v.asnumpy().tolist())
    if v.stype != 'default':
        print(v.indices.asnumpy().tolist(), v.data.asnumpy().tolist())
print(loaded['csr'].indptr.asnumpy().tolist())
mx.nd.save(path, [rsp, csr])
print(os.path.getsize(path))
a, b = mx.nd.load(path)
print(a.stype, b.stype, (a + a).stype, mx.nd.sparse.dot(b, mx.nd.ones((4, 2))).asnumpy().tolist())
buf = open(path, 'rb').read()
print([x.stype for x in mx.nd.load_frombuffer(buf)])
os.remove(path)
os.rmdir(tmp)
