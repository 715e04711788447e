"""contrib.getnnz reads a second positional argument as axis (refusing it given twice), contrib.backward_* take at most out and name by position, and batch_take's check of a legacy unknown last axis is MXNet's words alone, as MXNet does."""
import mxnet as mx
import numpy as np

x = mx.nd.ones((4, 4))
csr = mx.nd.sparse.csr_matrix(np.eye(3, dtype='float32'))
CASES = [
    ('getnnz(x, x)', lambda: mx.nd.contrib.getnnz(x, x)), ('getnnz(x, x, x)', lambda: mx.nd.contrib.getnnz(x, x, x)),
    ('getnnz(csr, 0)', lambda: mx.nd.contrib.getnnz(csr, 0)), ('getnnz(csr, 1)', lambda: mx.nd.contrib.getnnz(csr, 1)),
    ('getnnz(csr, None)', lambda: mx.nd.contrib.getnnz(csr, None)), ('getnnz(csr)', lambda: mx.nd.contrib.getnnz(csr)),
    ('getnnz(csr, 1.5)', lambda: mx.nd.contrib.getnnz(csr, 1.5)),
    ('getnnz(csr, 1, axis=1)', lambda: mx.nd.contrib.getnnz(csr, 1, axis=1)),
    ('backward_index_copy(x, x, x)', lambda: mx.nd.contrib.backward_index_copy(x, x, x)),
    ('backward_index_copy(x, x)', lambda: mx.nd.contrib.backward_index_copy(x, x)),
    ('backward_quadratic(x, x, x)', lambda: mx.nd.contrib.backward_quadratic(x, x, x)),
    ('backward_hawkesll(x, x, x)', lambda: mx.nd.contrib.backward_hawkesll(x, x, x)),
    ('backward_hawkesll(x)', lambda: mx.nd.contrib.backward_hawkesll(x)),
    ('batch_take(unknown)', lambda: mx.nd.batch_take(mx.nd.array(np.zeros((2, 0))), mx.nd.zeros((2,), dtype='int32'))),
]
for name, run in CASES:
    try:
        r = run()
        print(name, r.asnumpy().tolist())
    except (mx.base.MXNetError, TypeError) as e:
        print(name, type(e).__name__, str(e).replace('\n', ' | '))
