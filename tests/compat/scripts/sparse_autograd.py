# autograd through sparse.dot, row_sparse/csr gradient buffers, sparse Embedding and take
from mxnet import nd, autograd
import numpy as np
def show(tag, f):
    try:
        r = f()
        if r is None: print(tag, None); return
        print(tag, type(r).__name__, getattr(r, 'stype', None), np.round(r.asnumpy(),5).tolist(), r.indices.asnumpy().tolist() if getattr(r,'stype','')=='row_sparse' else '')
    except Exception as e:
        print(tag, 'ERR', type(e).__name__)
csr = nd.array([[1,0,2],[0,0,3]]).tostype('csr')
d = nd.array([[1,2],[3,4],[5,6]])
d.attach_grad()
with autograd.record():
    y = nd.sparse.dot(csr, d)
y.backward()
show('y', lambda: y); show('dgrad', lambda: d.grad)
d2 = nd.array([[1,2],[3,4],[5,6]])
d2.attach_grad(stype='row_sparse')
show('d2grad0', lambda: d2.grad)
with autograd.record():
    y = nd.sparse.dot(csr, d2)
y.backward()
show('d2grad', lambda: d2.grad)
d3 = nd.array([[1,2],[3,4]])
d3.attach_grad()
with autograd.record():
    y = nd.sparse.dot(csr, d3, transpose_a=True)
y.backward(nd.ones((3,2)))
show('d3grad', lambda: d3.grad)
d4 = nd.array([[1,2],[3,4]])
d4.attach_grad(stype='row_sparse')
with autograd.record():
    y = nd.sparse.dot(csr, d4, transpose_a=True)
y.backward(nd.ones((3,2)))
show('d4grad', lambda: d4.grad)
# embedding sparse grad
w = nd.array(np.arange(12).reshape(4,3)); w.attach_grad(stype='row_sparse')
with autograd.record():
    e = nd.Embedding(nd.array([0,2,0]), w, input_dim=4, output_dim=3, sparse_grad=True)
e.backward()
show('embgrad', lambda: w.grad)
w = nd.array(np.arange(12).reshape(4,3)); w.attach_grad(stype='row_sparse')
with autograd.record():
    e = nd.take(w, nd.array([1,1]))
e.backward()
show('takegrad', lambda: w.grad)
# elementwise on rsp with grad
r = nd.array([[1,0],[0,0],[2,3]]).tostype('row_sparse'); r.attach_grad()
with autograd.record():
    z = r * 2
show('z', lambda: z)
z.backward()
show('rgrad', lambda: r.grad)
c = nd.array([[1,0],[0,2]]).tostype('csr'); c.attach_grad()
show('cgrad0', lambda: c.grad)
with autograd.record():
    z = nd.sparse.dot(c, nd.ones((2,2)))
show('cdot', lambda: z.backward())
show('cgrad', lambda: c.grad)
x = nd.ones((2,2)); show('att_csr', lambda: x.attach_grad(stype='csr'))
show('att_csr_g', lambda: x.grad)
