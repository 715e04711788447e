"""Sparse dot's backward is dispatched on its output gradient's storage type (head gradients of each stype) and its operands' gradient arrays: which gradients are written."""
import itertools
import numpy as np
import mxnet as mx

np.random.seed(0)


def make(shape, stype):
    v = (np.random.rand(*shape) > 0.5) * np.random.rand(*shape).round(1)
    v[0, :] = 0
    x = mx.nd.array(v)
    return x if stype == 'default' else x.tostype(stype)


def show(g):
    if g is None:
        return 'None'
    d = g.asnumpy()
    w = np.arange(1, d.size + 1).reshape(d.shape)
    return '%s %.4g %.4g' % (g.stype[:3], d.sum(), (d * w).sum())


GRADS = [('none', 'default'), ('null', 'default'), ('default', 'none'), ('default', 'default'),
         ('none', 'row_sparse'), ('row_sparse', 'none'), ('csr', 'none'), ('none', 'csr')]
for ls, rs in [('default', 'csr'), ('csr', 'default'), ('csr', 'row_sparse'), ('csr', 'csr')]:
    for ta, tb in itertools.product([False, True], repeat=2):
        L0 = make((4, 3) if ta else (3, 4), ls)
        R0 = make((5, 4) if tb else (4, 5), rs)
        for fs in [None, 'csr']:
            for head in ['head', 'default', 'csr', 'row_sparse']:
                for lg, rg in GRADS:
                    tag = '%s.%s ta%d tb%d fs=%s og=%s lg=%s rg=%s' % (ls[:3], rs[:3], ta, tb, fs, head[:3], lg[:3], rg[:3])
                    try:
                        L, R = L0.copy(), R0.copy()
                        for arr, g in ((L, lg), (R, rg)):
                            if g == 'null':
                                arr.attach_grad(grad_req='null')
                            elif g != 'none':
                                arr.attach_grad(stype=g)
                        kw = dict(transpose_a=ta, transpose_b=tb)
                        if fs:
                            kw['forward_stype'] = fs
                        with mx.autograd.record():
                            y = mx.nd.sparse.dot(L, R, **kw)
                        if head == 'head':
                            y.backward()
                        else:
                            y.backward(out_grad=(mx.nd.ones(y.shape) * 0.5).tostype(head))
                        print(tag, '|', y.stype[:3], '|', show(L.grad), '|', show(R.grad))
                    except mx.base.MXNetError as e:
                        print(tag, '|', type(e).__name__, str(e).split('\n')[0][:90])
