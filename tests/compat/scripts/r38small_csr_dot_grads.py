"""Executor backward of dot with a csr lhs: which gradient arrays the sparse kernel leaves as they were."""
import mxnet as mx
import numpy as np

a = mx.nd.array([[0, 1, 0], [2, 0, 3]]).tostype('csr')
rhs = mx.sym.var('rhs')
print("ta tb lhs_var lhs_req rhs_req lhs_grad rhs_grad -> grads")
for ta, tb, bshape in [(False, False, (3, 2)), (True, False, (2, 2)), (False, True, (2, 3)), (True, True, (2, 2))]:
    B = mx.nd.array(np.arange(np.prod(bshape)).reshape(bshape))
    for lstype in ['csr', None]:
        lhs = mx.sym.var('lhs', stype=lstype) if lstype else mx.sym.var('lhs')
        s = mx.sym.dot(lhs, rhs, transpose_a=ta, transpose_b=tb)
        for rl, rr in [('write', 'null'), ('add', 'null'), ('write', 'write'), ('write', 'add'), ('null', 'write')]:
            for gl_st, gr_st in [('default', 'default'), ('default', 'row_sparse'), ('csr', 'default')]:
                if gl_st == 'csr' and rl == 'add' or gr_st == 'row_sparse' and rr == 'add':
                    continue    # (MXNet's kernels add to uninitialised memory there)
                gl = (mx.nd.ones(a.shape) * 7).tostype(gl_st)
                gr = (mx.nd.ones(bshape) * 5).tostype(gr_st)
                try:
                    ex = s.bind(mx.cpu(), {'lhs': a, 'rhs': B}, args_grad={'lhs': gl, 'rhs': gr},
                                grad_req={'lhs': rl, 'rhs': rr})
                    ex.forward(is_train=True)
                    ex.backward(mx.nd.ones(ex.outputs[0].shape))
                    res = [(g.stype, g.asnumpy().tolist()) for g in ex.grad_arrays]
                except mx.base.MXNetError as e:
                    res = type(e).__name__
                print(ta, tb, lstype, rl, rr, gl_st, gr_st, '->', res)

# an inner rhs, and the lhs read twice
w, lhs = mx.sym.var('w'), mx.sym.var('lhs')
for name, s in [('inner rhs', mx.sym.dot(lhs, w * 2)), ('lhs twice', mx.sym.dot(lhs, w) + mx.sym.dot(lhs, w))]:
    ex = s.bind(mx.cpu(), {'lhs': a, 'w': mx.nd.ones((3, 2))},
                args_grad={'lhs': mx.nd.ones(a.shape) * 7, 'w': mx.nd.ones((3, 2))}, grad_req='write')
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones((2, 2)))
    print(name, [g.asnumpy().tolist() for g in ex.grad_arrays])
# simple_bind, and a second backward
ex = mx.sym.dot(mx.sym.var('lhs', stype='csr'), rhs).simple_bind(
    mx.cpu(), lhs=(2, 3), rhs=(3, 2), stype_dict={'lhs': 'csr', 'rhs': 'default'}, grad_req={'lhs': 'write', 'rhs': 'null'})
ex.arg_dict['lhs'][:] = a
ex.arg_dict['rhs'][:] = mx.nd.ones((3, 2))
ex.grad_dict['lhs'][:] = 3
for _ in range(2):
    ex.forward(is_train=True)
    ex.backward(mx.nd.ones((2, 2)))
    print('simple_bind', [None if g is None else (g.stype, g.asnumpy().tolist()) for g in ex.grad_arrays])
# sparse.dot, a stated forward storage, a row_sparse rhs
for name, f in [('sparse.dot', lambda l, r: mx.sym.sparse.dot(l, r)),
                ('fwd_default', lambda l, r: mx.sym.dot(l, r, forward_stype='default')),
                ('fwd_rsp', lambda l, r: mx.sym.dot(l, r, forward_stype='row_sparse'))]:
    for rst in ['default', 'row_sparse']:
        for rr in ['null', 'write']:
            B = mx.nd.array(np.arange(6).reshape(3, 2)).tostype(rst)
            ex = f(mx.sym.var('lhs'), rhs).bind(mx.cpu(), {'lhs': a, 'rhs': B},
                                                args_grad={'lhs': mx.nd.ones((2, 3)) * 7, 'rhs': mx.nd.ones((3, 2))},
                                                grad_req={'lhs': 'write', 'rhs': rr})
            ex.forward(is_train=True)
            ex.backward(mx.nd.ones((2, 2)))
            print(name, rst, rr, [g.asnumpy().tolist() for g in ex.grad_arrays])
