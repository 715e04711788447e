"""nd.contrib.multi_adamw_update on float16 weights (no master copies) reads the halves of its float rate lists as rates, as MXNet's kernel does: outputs, moments and weights."""
import itertools

import mxnet as mx
import numpy as np

nd = mx.nd


def full(v, n=2, dt='float16'):
    return nd.array(np.full((n,), v), dtype=dt)


def arrays(lst):
    return [x.asnumpy().tolist() for x in lst]


for lr, wd, eta, rg in itertools.product([0.1, 1.0, 3.5e-3], [0., 0.25], [1.0, 0.7, 2.5], [1.0, 0.5]):
    w = [full(1.0), full(2.0, 3), full(-1.5, 1)]
    g = [full(0.5), full(-0.25, 3), full(2., 1)]
    m = [full(0.1), full(0., 3), full(0.2, 1)]
    v = [full(0.3), full(0.01, 3), full(0.5, 1)]
    o = [full(5.0), full(6.0, 3), full(7., 1)]
    nd.contrib.multi_adamw_update(w, g, m, v, full(rg, 1), lrs=(lr, lr * 2, lr / 3), wds=(wd, 0., wd),
                                  etas=(eta, 1., eta * 2), out=o)
    print(lr, wd, eta, rg, arrays(o), arrays(w), arrays(m), arrays(v))
# in place, one weight: its rates' low halves (0 for 1.0)
for eta in [1.0, 0.5, 0.3]:
    w, g, m, v = full(1.0), full(0.5), full(0.25), full(0.125)
    nd.contrib.multi_adamw_update([w], [g], [m], [v], full(1.0, 1), lrs=(0.1,), wds=(0.01,), etas=(eta,), out=w)
    print('in place', eta, arrays([w, m, v]))
# float32 weights and float16 master-copy weights read their rates as given
for dt in ['float32']:
    w, g, m, v = full(1.0, dt=dt), full(0.5, dt=dt), full(0.25, dt=dt), full(0.125, dt=dt)
    nd.contrib.multi_adamw_update([w], [g], [m], [v], full(1.0, 1, dt), lrs=(0.1,), wds=(0.01,), etas=(0.5,), out=w)
    print(dt, arrays([w, m, v]))
w, g = full(1.0), full(0.5)
m, v, w32 = full(0.25, dt='float32'), full(0.125, dt='float32'), full(1.0, dt='float32')
nd.contrib.multi_mp_adamw_update([w], [g], [m], [v], [w32], full(1.0, 1, 'float32'), lrs=(0.1,), wds=(0.01,),
                                 etas=(0.5,), out=w)
print('mp', arrays([w, m, v, w32]))
