"""Autograd through sparse ops: retain, tostype, csr dot, and Embedding's sparse_grad vs gradient storage."""
import numpy as np
import mxnet as mx


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, mx.nd.NDArray):
            r = "%s %s %s" % (r.stype, r.shape, np.round(r.asnumpy(), 4).tolist())
    except mx.base.MXNetError as e:
        r = "raises MXNetError " + ("sparse_grad = 1" if "sparse_grad = 1" in str(e) else
                                    "sparse_grad = 0" if "sparse_grad = 0" in str(e) else "")
    print(label, r)


base = np.arange(12, dtype='float32').reshape(4, 3)
rows = mx.nd.array([0, 2])
x = mx.nd.array(base).tostype('row_sparse')
x.attach_grad(stype='row_sparse')
with mx.autograd.record():
    z = mx.nd.sum(mx.nd.sparse.retain(x, rows).tostype('default') * 2)
z.backward()
show('retain grad', lambda: x.grad)

d = mx.nd.array(base)
d.attach_grad()
with mx.autograd.record():
    y = mx.nd.sum(d.tostype('row_sparse').tostype('default') * 3)
y.backward()
show('tostype round trip grad', lambda: d.grad)

c = mx.nd.array([[1, 0, 0, 2], [0, 0, 3, 0]]).tostype('csr')
for stype in ('default', 'row_sparse'):
    w = mx.nd.array(base)
    w.attach_grad(stype=stype)
    with mx.autograd.record():
        y = mx.nd.sparse.dot(c, w)
    y.backward()
    show('dot grad ' + stype, lambda: w.grad)

for sparse_grad in (True, False):
    for stype in ('row_sparse', 'default'):
        w = mx.nd.array(base)
        w.attach_grad(stype=stype)
        with mx.autograd.record():
            y = mx.nd.Embedding(mx.nd.array([0, 2, 2]), w, input_dim=4, output_dim=3, sparse_grad=sparse_grad)
        show('embedding sparse_grad=%s buffer=%s backward' % (sparse_grad, stype), lambda: y.backward())
        show('embedding sparse_grad=%s buffer=%s grad' % (sparse_grad, stype), lambda: w.grad)

r = mx.nd.array([[1, 0], [0, 4]]).tostype('row_sparse')
r.attach_grad()
with mx.autograd.record():
    y = mx.nd.square(r) + 0
y.backward()
show('square(rsp) + 0', lambda: y)
show('square(rsp) grad', lambda: r.grad)
