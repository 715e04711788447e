"""An operator's float attribute reads a NaN from its text 'nan' as the positive NaN whatever its sign (sgd_update's lr and wd, LBSGD's LARS-scaled rate of a NaN gradient)."""
import mxnet as mx
import numpy as np

NEG = float(np.copysign(np.nan, -1))


def hx(a):
    return a.asnumpy().tobytes().hex()


print(hx(mx.nd.sgd_update(mx.nd.ones(2), mx.nd.ones(2), lr=NEG)))
print(hx(mx.nd.sgd_update(mx.nd.ones(2), mx.nd.ones(2), lr=1.0, wd=NEG)))
print(hx(mx.nd.sgd_mom_update(mx.nd.ones(2), mx.nd.ones(2), mx.nd.zeros(2), lr=NEG, momentum=0.9)))
print(hx(mx.nd.adam_update(mx.nd.ones(2), mx.nd.ones(2), mx.nd.zeros(2), mx.nd.zeros(2), lr=NEG)))
print(hx(mx.nd.ones(2) * NEG), hx(mx.nd.full((2,), NEG)))

for dt in ['float32', 'float64']:
    for momentum in [0.0, 0.9]:
        for mp in [False, True]:
            opt = mx.optimizer.LBSGD(learning_rate=0.1, momentum=momentum, warmup_strategy='lars', multi_precision=mp)
            w = mx.nd.from_numpy(np.array([0.5, -1.0, 2.0], dt))
            g = mx.nd.from_numpy(np.array([0.25, NEG, 1.0], dt))
            state = opt.create_state_multi_precision(0, w)
            for step in range(2):
                opt.update_multi_precision(0, w, g, state)
            print(dt, momentum, mp, hx(w))
