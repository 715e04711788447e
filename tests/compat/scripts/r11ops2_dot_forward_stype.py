"""nd.dot's forward_stype: dense operands give that storage, sparse kernels of another storage fall back to the dense product, out= must match."""
import mxnet as mx
nd = mx.nd

a = nd.array([[1.5, -2.25, 0.], [0., 0., 0.]])
b = nd.array([[0.1, 0.2], [0.3, 0.7], [1.1, -1.3]])
for fs in ['csr', 'row_sparse', 'default']:
    r = nd.dot(a, b, forward_stype=fs)
    print(fs, r.stype, r.shape, r.asnumpy().tolist())
r = nd.dot(a, b, forward_stype='csr')
print(r.indices.asnumpy().tolist(), r.indptr.asnumpy().tolist())
r = nd.dot(a, b, forward_stype='row_sparse')
print(r.indices.asnumpy().tolist())
print(nd.dot(nd.array([1., 2.]), nd.array([[1., 2.], [3., 4.]]), forward_stype='row_sparse').stype)
r = nd.dot(nd.array([1., 2.]), nd.array([3., 4.]), forward_stype='csr')
try:
    r.asnumpy()
except mx.base.MXNetError as e:
    print('read refused:', 'ndim() == 2' in str(e))
for kw, o in [({}, 'csr'), ({'forward_stype': 'csr'}, 'default'), ({'forward_stype': 'row_sparse'}, 'csr'),
              ({'forward_stype': 'csr'}, 'csr')]:
    try:
        r = nd.dot(a, b, out=nd.zeros((2, 2)).tostype(o), **kw)
        print(kw, o, r.stype, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(kw, o, 'refused:', 'Operator not implemented: operator = dot' in str(e))
x = nd.array([[1., 2., 3.], [4., 5., 6.]])
x.attach_grad()
with mx.autograd.record():
    y = nd.dot(x, b, forward_stype='csr')
y.backward()
print(y.stype, x.grad.asnumpy().tolist())
c = nd.array([[0.1, 0., 0.3], [0., 0.7, 0.]]).tostype('csr')
d = nd.array([[0.3, 0.2], [1.7, 0.9], [2.3, 0.5]])
for fs in [None, 'default', 'csr', 'row_sparse']:
    r = nd.dot(c, d, forward_stype=fs)
    print(fs, r.stype, r.asnumpy().tobytes().hex())
    r = nd.dot(d.T, c.T.tostype('csr'), forward_stype=fs)
    print(fs, r.stype, r.asnumpy().tobytes().hex())
e = nd.array([[0.11, 0.37, -0.93, 0.41, 0.77], [0.59, -0.21, 0.13, 0.67, -0.31]])
f = nd.array([[0.3, 0.], [0.7, 0.9], [0.13, 0.], [0.51, 0.29], [0.83, 0.47]]).tostype('csr')
print(nd.dot(e, f).asnumpy().tobytes().hex(), nd.dot(e, f.tostype('default')).asnumpy().tobytes().hex())
