# Executors over sparse arguments: output and gradient storage of elemwise, unary, scalar, retain and dot nodes
import mxnet as mx
from mxnet import nd
import numpy as np
D = np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 4, 0]], dtype=np.float32)
for ls, rs in [('row_sparse', 'row_sparse'), ('csr', 'csr'), ('row_sparse', 'default'), ('default', 'csr')]:
    l = mx.sym.Variable('lhs', stype=ls); r = mx.sym.Variable('rhs', stype=rs)
    for name in ['elemwise_add', 'elemwise_mul', 'elemwise_sub']:
        s = getattr(mx.sym.sparse, name)(l, r)
        args = {'lhs': nd.array(D).tostype(ls), 'rhs': nd.array(D * 2).tostype(rs)}
        ex = s.bind(mx.cpu(), args=args, args_grad={'lhs': nd.zeros((3, 4), stype=ls), 'rhs': nd.zeros((3, 4), stype=rs)})
        o = ex.forward(is_train=True)[0]
        ex.backward(nd.ones((3, 4)))
        print(name, ls, rs, o.stype, o.asnumpy().tolist(), ex.grad_dict['lhs'].stype, ex.grad_dict['rhs'].stype, ex.grad_dict['rhs'].asnumpy().tolist())
x = mx.sym.Variable('x', stype='row_sparse')
for f in [mx.sym.sqrt, mx.sym.square, mx.sym.sparse.abs, lambda v: v * 2, lambda v: mx.sym.sparse.retain(v, mx.sym.Variable('i'))]:
    s = f(x)
    args = {'x': nd.array(D).tostype('row_sparse')}
    if 'i' in s.list_arguments(): args['i'] = nd.array([0, 1])
    ex = s.bind(mx.cpu(), args=args)
    o = ex.forward()[0]
    print(o.stype, o.asnumpy().tolist())
s = mx.sym.sparse.dot(mx.sym.Variable('a', stype='csr'), mx.sym.Variable('b'), transpose_a=True)
ex = s.bind(mx.cpu(), args={'a': nd.array(D).tostype('csr'), 'b': nd.ones((3, 2))})
print(ex.forward()[0].stype)
