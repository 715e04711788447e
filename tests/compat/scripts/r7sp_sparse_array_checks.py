# Checks MXNet makes on sparse arrays: copyto's storage type before shape, add_n's shapes, int comparisons
import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse
csr = nd.array([[0, 1.5, 0], [2, 0, -3], [0, 0, 0], [0, -0.5, 4]]).tostype('csr')
rsp = nd.array([[0, 0, 0], [1, 2, 3], [0, 0, 0], [-1, 0, 4]]).tostype('row_sparse')

for target in (sp.zeros('row_sparse', (2, 3)), sp.zeros('row_sparse', (4, 3))):
    try:
        csr.copyto(target)
    except TypeError as e:
        print("TypeError", e)
try:
    rsp.copyto(sp.zeros('row_sparse', (2, 3)))
except mx.base.MXNetError:
    print("MXNetError shape")

try:
    nd.add_n(rsp, sp.zeros('row_sparse', (5, 3)))
except mx.base.MXNetError as e:
    print("MXNetError", "expected [4,3], got [5,3]" in str(e))
print(nd.add_n(rsp, rsp, rsp).asnumpy().tolist())

ints = rsp.astype('int32')
for r in (ints == -1.5, ints != 2.7, ints > -1.5, ints < 3.9, ints >= 4.2, ints <= 0.5):
    print(r.stype, r.dtype.__name__, r.asnumpy().tolist())
