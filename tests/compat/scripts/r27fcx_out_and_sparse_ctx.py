"""Contexts MXNet's front end leaves alone: a sampler given out= draws on out's context and never reads ctx (a GPU, a
bad text); sparse.array / nd.array of a sparse source land on the current context, not the source's; a sparse
constructor refuses a source of the wrong kind before it reads its context; Parameter.initialize under a GPU."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
from _words import words

SAMPLERS = [('uniform', ()), ('normal', ()), ('exponential', ()), ('gamma', ()), ('poisson', ()),
            ('negative_binomial', ()), ('randn', ()), ('randint', (0, 5))]
for name, args in SAMPLERS:
    for ctx in (None, mx.gpu(0), mx.cpu(1), 'abc', 'gpu(0)'):
        for scope in (None, mx.gpu(0), mx.cpu(2)):
            out = nd.zeros((2,), ctx=mx.cpu(3), dtype='int32' if name == 'randint' else 'float32')
            try:
                if scope is None:
                    r = getattr(nd.random, name)(*args, ctx=ctx, out=out)
                else:
                    with scope:
                        r = getattr(nd.random, name)(*args, ctx=ctx, out=out)
                print(name, ctx, scope, r.context, r is out, r.shape, r.dtype)
            except Exception as e:
                print(name, ctx, scope, words(e))
csr = nd.array([[1, 0], [0, 2]]).tostype('csr')
rsp = nd.array([[1, 0], [0, 2]], ctx=mx.cpu(3)).tostype('row_sparse')
MAKERS = [('sparse.array', nd.sparse.array), ('nd.array', nd.array), ('csr_matrix', nd.sparse.csr_matrix),
          ('row_sparse_array', nd.sparse.row_sparse_array)]
for scope in (None, mx.cpu(2), mx.gpu(0)):
    for mname, make in MAKERS:
        for sname, src in (('csr', csr), ('rsp', rsp), ('list', [[1.0, 0], [0, 2]])):
            for ctx in (None, mx.cpu(1), mx.gpu(0)):
                try:
                    if scope is None:
                        r = make(src, ctx=ctx)
                    else:
                        with scope:
                            r = make(src, ctx=ctx)
                    print(mname, sname, scope, ctx, r.stype, r.context)
                except Exception as e:
                    print(mname, sname, scope, ctx, words(e))
for scope in (mx.gpu(0), mx.cpu(1)):
    with scope:
        p = mx.gluon.Parameter('w', shape=(2,))
        try:
            p.initialize()
            print('initialize under', scope, p.list_ctx())
        except Exception as e:
            print('initialize under', scope, words(e))
