# Update operators' dtype corners: integer arrays are refused by every optimizer kernel (and by multi_sum_sq,
# all_finite, reset_arrays); the multi_mp SGD kernels treat float32 weights as plain SGD (master copies untouched).
import warnings

import mxnet as mx
import numpy as np

warnings.simplefilter('ignore')


def show(label, fn):
    try:
        r = fn()
        r = r if isinstance(r, (list, tuple)) else [r]
        print(label, [x.asnumpy().tolist() for x in r])
    except Exception as e:      # MXNet raises lazily: the asnumpy above is inside the try
        print(label, type(e).__name__)


for dt in ('int32', 'uint8', 'int64'):
    a = mx.nd.array([1, 2, 3], dtype=dt)
    g = mx.nd.array([1, 1, 1], dtype=dt)
    show('sgd_update ' + dt, lambda: mx.nd.sgd_update(a, g, lr=0.1))
    show('adam_update ' + dt, lambda: mx.nd.adam_update(a, g, a.copy(), a.copy(), lr=0.1))
    show('signsgd_update ' + dt, lambda: mx.nd.signsgd_update(a, g, lr=0.1))
    show('mp_sgd_update ' + dt, lambda: mx.nd.mp_sgd_update(a, g, a.astype('float32'), lr=0.1))
    show('multi_sum_sq ' + dt, lambda: mx.nd.multi_sum_sq(a, a, num_arrays=2))
    show('all_finite ' + dt, lambda: mx.nd.all_finite(a))
    show('multi_all_finite ' + dt, lambda: mx.nd.multi_all_finite(a, a, num_arrays=2))
    b = a.copy()
    show('reset_arrays ' + dt, lambda: (mx.nd.reset_arrays(b, num_arrays=1), b)[1])
    c = a.copy()
    show('multi_sgd_update ' + dt,
         lambda: (mx.nd.multi_sgd_update(c, g, out=[c], lrs=(0.1,), wds=(0.,), num_weights=1), c)[1])

for dt in ('float32', 'float64', 'float16'):
    w = mx.nd.array([1.0, 2.0, 3.0], dtype=dt)
    g = mx.nd.array([1.0, 1.0, 1.0], dtype=dt)
    w32, mom = mx.nd.array([5.0, 5.0, 5.0]), mx.nd.array([0.5, 0.5, 0.5])
    mx.nd.multi_mp_sgd_update(w, g, w32, out=[w], lrs=(0.1,), wds=(0.01,), num_weights=1)
    print('multi_mp_sgd_update', dt, w.asnumpy().tolist(), w32.asnumpy().tolist())
    w = mx.nd.array([1.0, 2.0, 3.0], dtype=dt)
    w32 = mx.nd.array([5.0, 5.0, 5.0])
    mx.nd.multi_mp_sgd_mom_update(w, g, mom, w32, out=[w], lrs=(0.1,), wds=(0.,), momentum=0.9, num_weights=1)
    print('multi_mp_sgd_mom_update', dt, w.asnumpy().tolist(), w32.asnumpy().tolist(), mom.asnumpy().tolist())
    w = mx.nd.array([1.0, 2.0, 3.0], dtype=dt)
    w32 = mx.nd.array([5.0, 5.0, 5.0])
    mx.nd.preloaded_multi_mp_sgd_update(w, g, w32, mx.nd.array([0.1]), mx.nd.array([0.0]), out=[w], num_weights=1)
    print('preloaded_multi_mp_sgd_update', dt, w.asnumpy().tolist(), w32.asnumpy().tolist())
