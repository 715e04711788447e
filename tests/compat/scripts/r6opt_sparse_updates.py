# Optimizers on row_sparse weights and gradients: the fallback (non-fused) kernels' rounding, lazy updates
# where MXNet's update operator defaults to them, float16 row_sparse weights under multi_precision.
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter('ignore')
r = np.random.RandomState(7)
W0 = r.randn(5, 3)
GRADS = [r.randn(5, 3) for _ in range(3)]
ROWS = [[0, 2], [1, 2, 4], [3]]


def show(x):
    if x is None:
        return 'None'
    if isinstance(x, (list, tuple)):
        return '(' + ','.join(show(y) for y in x) + ')'
    return '%s:%s:%s' % (x.stype, np.dtype(x.dtype).name, x.asnumpy().tobytes().hex())


def case(name, extra, wst, gst, dtype, common):
    mx.random.seed(3)
    opt = mx.optimizer.create(name, multi_precision=(dtype == 'float16'), **dict(common, **extra))
    w = nd.array(W0, dtype=dtype)
    if wst == 'row_sparse':
        w = w.tostype('row_sparse')
    try:
        state = opt.create_state_multi_precision(0, w)
        for k in range(3):
            g = nd.array(GRADS[k], dtype=dtype)
            if gst == 'row_sparse':
                g = nd.sparse.row_sparse_array((GRADS[k][ROWS[k]].astype(dtype), np.array(ROWS[k])), shape=(5, 3),
                                               dtype=dtype)
            opt.update_multi_precision(0, w, g, state)
            print(name, extra, wst, gst, dtype, k, show(w), show(state))
    except Exception as e:
        print(name, extra, wst, gst, dtype, 'EXC', type(e).__name__, show(w))


DECAY = dict(wd=0.1, rescale_grad=0.5, clip_gradient=1.0)
for dtype in ['float32', 'float64', 'float16']:
    case('sgd', {}, 'row_sparse', 'default', dtype, DECAY)
    case('sgd', {}, 'default', 'row_sparse', dtype, DECAY)
    case('nag', {}, 'default', 'row_sparse', dtype, DECAY)
    case('lbsgd', {}, 'default', 'row_sparse', dtype, DECAY)
    case('lbsgd', {'momentum': 0.9}, 'row_sparse', 'row_sparse', dtype, {'learning_rate': 0.1})
    case('test', {}, 'row_sparse', 'default', dtype, {})
case('nag', {'momentum': 0.9}, 'row_sparse', 'default', 'float16', DECAY)
for name in ['adam', 'adagrad', 'rmsprop', 'sgld', 'signum', 'ftrl', 'adadelta']:
    case(name, {}, 'row_sparse', 'default', 'float16', {'learning_rate': 0.1})
    case(name, {}, 'row_sparse', 'row_sparse', 'float16', DECAY)
