# Row_sparse weights (one row not stored, or all stored) with row_sparse or dense gradients: SGD/LARS/NAG under
# multi_precision run mp_sgd_update, which has no row_sparse kernel (a dense fallback: any weight passes); NAG without
# momentum runs sgd_update, whose row_sparse kernel needs every row stored, as LBSGD's zero-rate step does for a gradient
# that does not complete its large batch.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def show(x):
    if x is None:
        return 'None'
    if isinstance(x, (tuple, list)):
        return '(' + ', '.join(show(y) for y in x) + ')'
    return '%s %s %s' % (x.stype[:3], x.dtype.__name__, x.asnumpy().tolist())


for name in ('sgd', 'nag', 'lars', 'ccsgd', 'lbsgd'):
    for momentum in (0.0, 0.9):
        for dtype, mp in (('float32', False), ('float16', True), ('float64', False)):
            for full in (False, True):
                for gst in ('row_sparse', 'default'):
                    r = np.random.RandomState(7)
                    extra = {'batch_scale': 2} if name == 'lbsgd' else {}
                    opt = mx.optimizer.create(name, momentum=momentum, multi_precision=mp, learning_rate=0.5,
                                              rescale_grad=0.5, **extra)
                    upd = mx.optimizer.get_updater(opt)
                    a = r.uniform(-1, 1, (4, 2))
                    if not full:
                        a[3] = 0
                    w = nd.array(a, dtype=dtype).tostype('row_sparse')
                    label = '%s mom=%s %s full=%s g=%s' % (name, momentum, dtype, full, gst)
                    try:
                        for t in range(2):
                            b = r.uniform(-2, 2, (4, 2))
                            b[t] = 0
                            upd(0, nd.array(b, dtype=dtype).tostype(gst), w)
                        print(label, w.stype, show(w), show(upd.states[0]))
                    except Exception as e:
                        print(label, words(e).splitlines()[0])
