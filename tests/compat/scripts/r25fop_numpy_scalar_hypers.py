# Hyper-parameters given as numpy scalars (np.float16/32/64) reach MXNet's update operators as their text: FTML's
# double epsilon of np.float32(0.3) is 0.3, not the float32 value widened; each optimizer on float64 and float32.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

HYPERS = {'ftml': ('epsilon', 'beta1'), 'adam': ('epsilon', 'beta1'), 'rmsprop': ('epsilon', 'gamma1'),
          'adagrad': ('eps',), 'adadelta': ('epsilon', 'rho'), 'nadam': ('epsilon', 'schedule_decay'),
          'ftrl': ('lamda1', 'beta'), 'lamb': ('epsilon', 'beta2'), 'sgd': ('momentum',), 'signum': ('wd_lh',),
          'adamax': ('beta1',), 'nag': ('momentum',), 'lars': ('eta',), 'dcasgd': ('lamda',)}
for name, keys in sorted(HYPERS.items()):
    for conv in (float, np.float32, np.float64, np.float16):
        for dtype in ('float64', 'float32'):
            kw = {k: conv(0.3) for k in keys}
            kw.update(learning_rate=conv(0.1), wd=conv(0.01), rescale_grad=conv(0.7))
            opt = mx.optimizer.create(name, **kw)
            upd = mx.optimizer.get_updater(opt)
            w = nd.array([-0.389, 0.6135, -0.266], dtype=dtype)
            try:
                for t in range(2):
                    upd(0, nd.array([0.69, 1.08, -0.24], dtype=dtype) * (t + 1), w)
                print(name, conv.__name__, dtype, w.asnumpy().tolist())
            except Exception as e:
                print(name, conv.__name__, dtype, words(e).splitlines()[0])
