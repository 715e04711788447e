"""MXNet's internal operators that keep sparse storage: _maximum/_minimum/_hypot and the _scatter_* family."""
import numpy as np
import mxnet as mx

a = mx.nd.array([[1, 0, 2], [0, 0, 0], [0, 3, 0]])
c, r = a.tostype('csr'), a.tostype('row_sparse')
I = mx.nd._internal


def show(label, fn):
    out = fn()
    print(label, type(out).__name__, out.stype, np.round(out.asnumpy(), 4).tolist())


with np.errstate(divide='ignore', invalid='ignore'):
    for label, fn in [("max csr", lambda: I._maximum(c, c)), ("min csr", lambda: I._minimum(c, c * -1)),
                      ("hypot csr", lambda: I._hypot(c, c)), ("max rsp", lambda: I._maximum(r, r * 2)),
                      ("min rsp", lambda: I._minimum(r, r * -1)), ("hypot rsp", lambda: I._hypot(r, r)),
                      ("max csr rsp", lambda: I._maximum(c, r)), ("max csr dense", lambda: I._maximum(c, a)),
                      ("nd.maximum rsp", lambda: mx.nd.maximum(r, r)), ("broadcast_maximum csr", lambda: mx.nd.broadcast_maximum(c, c)),
                      ("scatter div rsp rsp", lambda: I._scatter_elemwise_div(r, r)),
                      ("scatter div rsp dense", lambda: I._scatter_elemwise_div(r, a + 1)),
                      ("scatter div rsp csr", lambda: I._scatter_elemwise_div(r, (a + 1).tostype('csr'))),
                      ("scatter div csr csr", lambda: I._scatter_elemwise_div(c, c)),
                      ("scatter div dense rsp", lambda: I._scatter_elemwise_div(a, r + 1)),
                      ("scatter plus rsp", lambda: I._scatter_plus_scalar(r, 9)),
                      ("scatter plus csr", lambda: I._scatter_plus_scalar(c, scalar=9)),
                      ("scatter minus rsp", lambda: I._scatter_minus_scalar(r, 9)),
                      ("scatter minus csr", lambda: I._scatter_minus_scalar(c, 9)),
                      ("scatter plus dense", lambda: I._scatter_plus_scalar(a, 9)),
                      ("plus_scalar rsp", lambda: I._plus_scalar(r, 9))]:
        show(label, fn)

L, R = mx.sym.Variable('lhs', stype='row_sparse'), mx.sym.Variable('rhs', stype='row_sparse')
for label, s, args in [("sym _maximum", mx.sym._internal._maximum(L, R), {'lhs': r, 'rhs': r * 2}),
                       ("sym maximum", mx.sym.maximum(L, R), {'lhs': r, 'rhs': r * 2}),
                       ("sym scatter plus", mx.sym._internal._scatter_plus_scalar(L, scalar=1), {'lhs': r}),
                       ("sym scatter div", mx.sym._internal._scatter_elemwise_div(L, R), {'lhs': r, 'rhs': r + 1})]:
    ex = s.bind(mx.cpu(), args)
    ex.forward()
    show(label, lambda: ex.outputs[0])
    print(label, 'json ops', sorted({n['op'] for n in __import__('json').loads(s.tojson())['nodes']}))
