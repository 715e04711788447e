"""The mixed-precision SGD/NAG update ops take row_sparse states or masters through MXNet's storage fallback (dense copies stored back as row_sparse); a lazy update with a gradient storing no rows changes nothing."""
import numpy as np
import mxnet as mx
from mxnet import nd

weight = nd.array([[1, 2], [3, 4], [0, 0]], dtype='float16')
grad = nd.array([[0.5, 0.5], [1, 1], [0, 0]], dtype='float16')
for op, n_mom in (('mp_sgd_update', 0), ('mp_sgd_mom_update', 1), ('mp_nag_mom_update', 1)):
    for sparse_master in (True, False):
        moms = [nd.array([[0.1, 0.2], [0.3, 0.0], [0.0, 0.0]]).tostype('row_sparse') for _ in range(n_mom)]
        master = weight.astype('float32')
        if sparse_master:
            master = master.tostype('row_sparse')
        momentum = dict(momentum=0.9) if n_mom else {}
        out = getattr(nd, op)(weight, grad, *moms, master, lr=0.1, wd=0.01, **momentum)
        print(op, sparse_master, out.stype, out.asnumpy().tolist(), master.stype, master.asnumpy().tolist(),
              [(m.stype, m.indices.asnumpy().tolist(), m.asnumpy().tolist()) for m in moms])

# a lazy update whose row_sparse gradient stores no rows changes nothing
empty = nd.sparse.row_sparse_array((np.zeros((0, 2), 'float32'), np.zeros(0, 'int64')), shape=(3, 2))
for op, n_states in (('ftrl_update', 2), ('adam_update', 2), ('sgd_mom_update', 1)):
    weight = nd.array([[1, 2], [3, 4], [5, 6]]).tostype('row_sparse')
    states = [nd.array([[0.5, 0.5], [0.5, 0.5], [0.5, 0.5]]).tostype('row_sparse') for _ in range(n_states)]
    out = getattr(nd, op)(weight, empty, *states, lr=0.1, out=weight)
    print(op, out is weight, weight.asnumpy().tolist(), [s.asnumpy().tolist() for s in states])
