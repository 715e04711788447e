"""Sparse optimizer updates: a row_sparse weight missing rows is refused before out= not being the weight, each check at MXNet's source line; group_adagrad_update's row checks; adagrad's signature and failed-storage report list the given attributes."""
import inspect

import mxnet as mx

nd = mx.nd
S = nd.sparse


def R(full=True):
    a = nd.array([[0, 1, 0], [2, 0, 3], [1, 0, 0], [4, 0, 0]]) if full else nd.array([[0, 1, 0], [2, 0, 3], [0, 0, 0],
                                                                                         [4, 0, 0]])
    return a.tostype('row_sparse')


def H(full=True):
    return (nd.array([[1], [2], [3], [4]]) if full else nd.array([[1], [0], [3], [4]])).tostype('row_sparse')


def t(x):
    try:
        return x.asnumpy().sum()
    except mx.MXNetError as e:
        return 'ERR ' + repr(str(e))


Z = lambda: S.zeros('row_sparse', (4, 3))
D = lambda: nd.zeros((4, 3))
cases = {
    'sgd': lambda w, o, s, lazy: S.sgd_update(w, R(), lr=0.1, lazy_update=lazy, out=o),
    'sgd_mom': lambda w, o, s, lazy: S.sgd_mom_update(w, R(), s(), lr=0.1, lazy_update=lazy, out=o),
    'adam': lambda w, o, s, lazy: S.adam_update(w, R(), s(), s(), lr=0.1, lazy_update=lazy, out=o),
    'ftrl': lambda w, o, s, lazy: S.ftrl_update(w, R(), s(), s(), lr=0.1, out=o),
    'adagrad': lambda w, o, s, lazy: S.adagrad_update(w, R(), s(), lr=0.1, out=o),
}
for name, f in cases.items():
    for weight in ('rsp missing row', 'rsp', 'dense'):
        for same in (True, False):
            for s in (Z, D):
                for lazy in ((True, False) if name in ('sgd_mom', 'adam') else (True,)):
                    w = R(weight == 'rsp') if weight != 'dense' else nd.ones((4, 3))
                    o = w if same else (S.zeros('row_sparse', (4, 3)) if weight != 'dense' else nd.zeros((4, 3)))
                    try:
                        r = f(w, o, s, lazy)
                        print(name, weight, 'out=w' if same else 'out', s().stype, lazy, r is o, r.stype, t(r), t(w))
                    except mx.MXNetError as e:
                        print(name, weight, 'out=w' if same else 'out', s().stype, lazy, 'RAISED', repr(str(e)))
w = R()
print('adam std empty mean', t(S.adam_update(w, R(), Z(), R(), lr=0.1, lazy_update=False, out=w)))
print('adam std empty var', t(S.adam_update(w, R(), R(), Z(), lr=0.1, lazy_update=False, out=w)))

for wf in (True, False, None):
    for hf in (True, False, None):
        for same in (True, False):
            w = R(wf) if wf is not None else S.zeros('row_sparse', (4, 3))
            h = H(hf) if hf is not None else S.zeros('row_sparse', (4, 1))
            o = w if same else S.zeros('row_sparse', (4, 3))
            r = nd.contrib.group_adagrad_update(w, R(), h, lr=0.1, out=o)
            print('group_adagrad', wf, hf, same, r is o, t(r), t(w), t(h))

print(inspect.signature(S.adagrad_update))
for f in (lambda: S.adagrad_update(R(), R(), D(), lr=0.1, epsilon=1e-3, wd=0, rescale_grad=2, clip_gradient=0.5),
          lambda: S.adagrad_update(nd.ones((4, 3)), R(), D(), lr=0.1, wd=0.1),
          lambda: S.adagrad_update(nd.ones((4, 3)), R(), D(), 0.1, 1e-6),
          lambda: S.adagrad_update(nd.ones((4, 3)), R(), D()),
          lambda: S.adagrad_update(nd.ones((4, 3)), R(), D(), lr=0.1, foo=1),
          lambda: S.adagrad_update(nd.ones((4, 3)), nd.ones((4, 3)), D(), lr=0.1),
          lambda: nd.contrib.group_adagrad_update(R(), R(), nd.zeros((4, 1)), lr=0.1, epsilon=1e-3)):
    try:
        print(t(f()))
    except mx.MXNetError as e:
        print('RAISED', repr(str(e)))
