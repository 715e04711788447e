# Update operators without a row_sparse kernel run MXNet's storage fallback on sparse weights/states
import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse


def show(label, *arrays):
    for a in arrays:
        print(label, a.stype, a.asnumpy().tobytes().hex())


def operands(weight_stype, state_stype):
    w = nd.array([[1, 2], [3, 4], [5, 6], [-1, -2]]).tostype(weight_stype)
    g = sp.row_sparse_array(([[0.5, -1], [2, 0.25]], [1, 3]), shape=(4, 2))
    states = [nd.array([[0.1, 0.1], [0.2, 0.2], [0.3, 0.3], [0.4, 0.4]]).tostype(state_stype) for _ in range(3)]
    return w, g, states


for wst, sst in [("row_sparse", "row_sparse"), ("row_sparse", "default"), ("default", "row_sparse")]:
    w, g, (mom, n, _) = operands(wst, sst)
    nd.nag_mom_update(w, g, mom, lr=0.1, wd=0.01, momentum=0.9, out=w)
    show("nag " + wst + " " + sst, w, mom)
    w, g, (mom, n, _) = operands(wst, sst)
    nd.rmsprop_update(w, g, n, lr=0.1, wd=0.01, out=w)
    show("rmsprop " + wst + " " + sst, w, n)
    w, g, (mom, n, _) = operands(wst, sst)
    nd.signum_update(w, g, mom, lr=0.1, wd=0.01, momentum=0.9, out=w)
    show("signum " + wst + " " + sst, w, mom)

w, g, (z, n, _) = operands("row_sparse", "row_sparse")
for call in (lambda: nd.ftrl_update(w, g, z, n, lr=0.1, lazy_update=True, out=w),
             lambda: sp.ftrl_update(w, g, z, n, lr=0.1, lazy_update=False, out=w),
             lambda: sp.adagrad_update(w, g, n, lr=0.1, lazy_update=True, out=w)):
    try:
        call()
        print("updated")
    except mx.base.MXNetError as e:
        print("MXNetError", "Cannot find argument 'lazy_update'" in str(e))
