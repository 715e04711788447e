"""Update operators with a row_sparse gradient: MXNet's row_sparse kernels write in place (out= must be the weight)."""
import mxnet as mx
import numpy as np

W0 = np.arange(12, dtype='float32').reshape(4, 3) / 10
G0 = np.array([[0, 0, 0], [1, -2, 3], [0, 0, 0], [0.5, 0, -1]], dtype='float32')


def rsp(a):
    return mx.nd.array(a).tostype('row_sparse')


def zeros(stype):
    z = mx.nd.zeros((4, 3))
    return z if stype == 'default' else z.tostype(stype)


def show(label, call, wst, sts):
    for how in ['no out', 'out=other', 'out=weight']:
        w = mx.nd.array(W0) if wst == 'default' else rsp(W0)
        out = {'no out': None, 'out=other': zeros(wst), 'out=weight': w}[how]
        try:
            r = call(w, [zeros(s) for s in sts], out)
            print(label, wst, sts, how, r.stype, r is w, np.round(r.asnumpy(), 5).tolist())
        except mx.base.MXNetError as e:
            lines = [l for l in str(e).split('\n') if l and not l.startswith((' ', 'Traceback', '[bt]', 'Stack'))]
            print(label, wst, sts, how, 'MXNetError', lines[0].replace('MXNetError: ', ''))


for wst in ['default', 'row_sparse']:
    show('sgd_update', lambda w, s, o: mx.nd.sgd_update(w, rsp(G0), lr=0.1, out=o), wst, ())
    show('sgd_update std', lambda w, s, o: mx.nd.sgd_update(w, rsp(G0), lr=0.1, wd=0.1, lazy_update=False, out=o),
         wst, ())
    for sts in ['default', 'row_sparse']:
        show('sgd_mom_update', lambda w, s, o: mx.nd.sgd_mom_update(w, rsp(G0), *s, lr=0.1, momentum=0.9, out=o),
             wst, (sts,))
        show('adam_update', lambda w, s, o: mx.nd.adam_update(w, rsp(G0), *s, lr=0.1, out=o), wst, (sts, sts))
        show('ftrl_update', lambda w, s, o: mx.nd.ftrl_update(w, rsp(G0), *s, lr=0.1, out=o), wst, (sts, sts))
        show('rmsprop_update', lambda w, s, o: mx.nd.rmsprop_update(w, rsp(G0), *s, lr=0.1, out=o), wst, (sts,))
    show('sparse.adagrad_update', lambda w, s, o: mx.nd.sparse.adagrad_update(w, rsp(G0), *s, lr=0.1, out=o),
         wst, (wst,))
    show('sparse.adagrad_update wd', lambda w, s, o: mx.nd.sparse.adagrad_update(w, rsp(G0), *s, lr=0.1, wd=0.1,
                                                                                  out=o), wst, (wst,))
    show('mp_sgd_update', lambda w, s, o: mx.nd.mp_sgd_update(w, rsp(G0), mx.nd.array(W0), lr=0.1, out=o), wst, ())
show('sgd_update dense gradient', lambda w, s, o: mx.nd.sgd_update(w, mx.nd.array(G0), lr=0.1, out=o), 'default', ())
show('sgd_update no lr', lambda w, s, o: mx.nd.sgd_update(w, rsp(G0), out=o), 'default', ())
fresh = mx.nd.sgd_update(mx.nd.array(W0), rsp(G0), lr=0.1)
print('out-of-place result', fresh.shape)
try:
    fresh.asnumpy()
except mx.base.MXNetError as e:
    print('read raises', 'kWriteInplace' in str(e))
for label, call in [('sgd_update', lambda w: mx.nd.sgd_update(w, rsp(G0), lr=0.1, out=w)),
                    ('sgd_mom_update', lambda w: mx.nd.sgd_mom_update(w, rsp(G0), zeros('default'), lr=0.1, out=w)),
                    ('adam_update', lambda w: mx.nd.adam_update(w, rsp(G0), zeros('row_sparse'), zeros('row_sparse'),
                                                                lr=0.1, out=w)),
                    ('adam_update dense states', lambda w: mx.nd.adam_update(w, rsp(G0), zeros('default'),
                                                                             zeros('default'), lr=0.1, out=w)),
                    ('ftrl_update', lambda w: mx.nd.ftrl_update(w, rsp(G0), zeros('row_sparse'), zeros('row_sparse'),
                                                                lr=0.1, out=w))]:
    for weight in [rsp(G0), zeros('row_sparse')]:
        try:
            call(weight)
            print(label, 'partial weight', weight.asnumpy().tolist())
        except mx.base.MXNetError as e:
            lines = [l for l in str(e).split('\n') if l and not l.startswith((' ', 'Traceback', '[bt]', 'Stack'))]
            print(label, 'partial weight', lines[0].replace('MXNetError: ', ''))
