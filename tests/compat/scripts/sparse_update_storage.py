"""nd.sparse optimizer updates on row_sparse weights and states, lazy or not (values and storage types)."""
import numpy as np
import mxnet as mx

np.random.seed(0)
w0 = np.random.rand(5, 3).astype('float32')
g = mx.nd.sparse.row_sparse_array((np.random.rand(2, 3).astype('float32') - 0.5, [1, 3]), shape=(5, 3))


def dense():
    return mx.nd.array(w0)


def sparse():
    return mx.nd.array(w0).tostype('row_sparse')


def state(kind, fill):
    return mx.nd.full((5, 3), fill) if kind == 'default' else mx.nd.zeros((5, 3), stype='row_sparse')


def show(label, *arrays):
    for a in arrays:
        print(label, a.stype, np.round(a.asnumpy(), 5).tolist())


for lazy in (True, False):
    for make, kind in ((dense, 'default'), (sparse, 'row_sparse')):
        tag = '%s lazy=%s' % (kind, lazy)
        w = make()
        mx.nd.sparse.sgd_update(w, g, lr=0.1, wd=0.01, lazy_update=lazy, out=w)
        show('sgd ' + tag, w)
        w, m = make(), state(kind, 1.0)
        mx.nd.sparse.sgd_mom_update(w, g, m, lr=0.1, momentum=0.9, wd=0.01, lazy_update=lazy, out=w)
        show('sgd_mom ' + tag, w, m)
        w, m, v = make(), state('default', 1.0), state('default', 1.0)      # row_sparse adam states: MXNet fails
        mx.nd.sparse.adam_update(w, g, m, v, lr=0.1, wd=0.01, lazy_update=lazy, out=w)
        show('adam ' + tag, w, m, v)
for make, kind in ((dense, 'default'), (sparse, 'row_sparse')):
    w, h = make(), state(kind, 1.0)
    mx.nd.sparse.adagrad_update(w, g, h, lr=0.1, epsilon=1e-7, out=w)
    show('adagrad ' + kind, w, h)
    w, z, n = make(), state(kind, 1.0), state(kind, 1.0)
    mx.nd.sparse.ftrl_update(w, g, z, n, lr=0.1, lamda1=0.01, beta=1, out=w)
    show('ftrl ' + kind, w, z, n)
for name, kw in [('sgd', dict(momentum=0.9)), ('sgd', dict(momentum=0.9, lazy_update=False)), ('adam', {}),
                 ('adam', dict(lazy_update=False)), ('ftrl', {}), ('rmsprop', {}), ('signum', {})]:
    for make in (dense, sparse):
        opt = mx.optimizer.create(name, learning_rate=0.1, wd=0.01, rescale_grad=0.5, **kw)
        w = make()
        st = opt.create_state(0, w)
        for _ in range(2):
            opt.update(0, w, g, st)
        sts = [s for s in (st if isinstance(st, (tuple, list)) else [st]) if s is not None]
        print('opt', name, kw, w.stype, [s.stype for s in sts], np.round(w.asnumpy(), 4).tolist())
