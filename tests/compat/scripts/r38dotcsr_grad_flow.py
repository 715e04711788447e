"""The output gradient a sparse dot's backward dispatches on is the storage type that reaches it through the ops after it (scalar products, copies, relu, sums, another sparse dot), with their storage fallback lines; a gradient its kernel does not write keeps its buffer's data."""
import numpy as np
import mxnet as mx
from _stderr import stderr_of

np.random.seed(0)
a = mx.nd.array(np.random.rand(3, 4).round(1))
c = mx.nd.array((np.random.rand(4, 5) > 0.5) * np.random.rand(4, 5).round(1)).tostype('csr')
x = mx.nd.array((np.random.rand(2, 3) > 0.5) * np.random.rand(2, 3).round(1)).tostype('csr')
AFTER = {
    'none': lambda y: y, 'x2': lambda y: y * 2, 'div2': lambda y: y / 2, 'neg': lambda y: -y,
    'relu': mx.nd.relu, 'abs': mx.nd.abs, 'square': mx.nd.square, 'sqrt': mx.nd.sqrt, 'sigmoid': mx.nd.sigmoid,
    'sum': mx.nd.sum, 'mean': mx.nd.mean, 'y+y': lambda y: y + y, 'add_n': lambda y: mx.nd.add_n(y, y),
    'sparse.add': lambda y: mx.nd.sparse.elemwise_add(y, y), 'y*y': lambda y: y * y,
    'dot(csr,y)': lambda y: mx.nd.sparse.dot(x, y), 'dot(csr,2y)': lambda y: mx.nd.sparse.dot(x, y * 2),
    'copy': lambda y: y.copy(), 'identity': mx.nd.identity, 'tostype': lambda y: y.tostype('default'),
    'cast_storage': lambda y: mx.nd.cast_storage(y, 'default'), 'sparse.sqrt': mx.nd.sparse.sqrt,
    'clip': lambda y: mx.nd.clip(y, 0, 1),
}


def log_lines(lines):
    return ''.join('\n    ' + line for line in lines if line.startswith(('operator', 'input', 'output', 'params')))


for stype in ['default', 'row_sparse']:
    for name, after in AFTER.items():
        for head in ['ones', 'csr', 'row_sparse']:
            def run():
                C = c.copy()
                C.attach_grad(stype=stype)
                with mx.autograd.record():
                    z = after(mx.nd.sparse.dot(a, C))
                if head == 'ones':
                    z.backward()
                else:
                    z.backward(out_grad=(mx.nd.ones(z.shape) * 0.5).tostype(head))
                return '%s %s %.6g' % (z.stype, C.grad.stype, C.grad.sum().asscalar())
            result, lines = stderr_of(run)
            if isinstance(result, Exception):
                result = type(result).__name__
            print(stype[:3], name, head, result, log_lines(lines))

# the gradient dot's kernel leaves unwritten keeps what the buffer held
A, C = mx.nd.ones((3, 4)), mx.nd.array(np.eye(4, 5)).tostype('csr')
for req in ['write', 'add']:
    A.attach_grad(grad_req=req)
    C.attach_grad(stype='default', grad_req=req)
    for head in ['csr', 'default', None, 'row_sparse']:
        with mx.autograd.record():
            y = mx.nd.sparse.dot(A, C)
        if head is None:
            y.backward()
        else:
            y.backward(out_grad=mx.nd.ones(y.shape).tostype(head))
        print(req, head, A.grad.sum().asscalar(), C.grad.sum().asscalar())
X = mx.nd.array(np.eye(3, 4)).tostype('csr')
W = mx.nd.ones((4, 2))
X.attach_grad(stype='default')
W.attach_grad(stype='row_sparse')
for head in ['csr', 'default', 'row_sparse']:
    with mx.autograd.record():
        y = mx.nd.sparse.dot(X, W)
    y.backward(out_grad=mx.nd.ones(y.shape).tostype(head))
    print('csr lhs', head, X.grad.sum().asscalar(), W.grad.stype, W.grad.indices.asnumpy().tolist(), W.grad.sum().asscalar())
