"""LARS with aggregate_num set to 0: its update of an empty first group, with and without momentum or master copies."""
# recorded on AVX2
import mxnet as mx, numpy as np, warnings
from mxnet import nd
warnings.simplefilter('ignore')
for mom in (0.0, 0.9):
  for mp in (False, True):
    for dt in ('float32', 'float16'):
      for via in ('direct', 'updater', 'single'):
        o = mx.optimizer.create('lars', multi_precision=mp, momentum=mom, learning_rate=0.1)
        o.aggregate_num = 0
        w = nd.ones((2,), dtype=dt)
        try:
            if via == 'direct':
                o.update_multi_precision([0], [w], [w.copy()], [o.create_state_multi_precision(0, w)])
            elif via == 'single':
                o.update_multi_precision(0, w, w.copy(), o.create_state_multi_precision(0, w))
            else:
                mx.optimizer.get_updater(o)([0], [w.copy()], [w])
            print(mom, mp, dt, via, 'ok', w.asnumpy().tolist())
        except Exception as e: print(mom, mp, dt, via, type(e).__name__, str(e).splitlines()[-1])
