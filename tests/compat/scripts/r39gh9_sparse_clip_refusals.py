"""Optimizers on row_sparse gradients with a clip_gradient whose range leaves out 0 (negative, 0): which refuse (Adamax and Nadam when the weight is row_sparse too; the rest by their kernels) and the words of their refusals, and what the others compute."""
import mxnet as mx
import numpy as np

nd = mx.nd
for n in ['adamax', 'nadam', 'dcasgd', 'sgld', 'adadelta', 'ftml', 'lamb', 'lars', 'signum', 'nag', 'sgd', 'adam',
          'adagrad', 'rmsprop', 'ftrl']:
    for dt, mp in [('float32', False), ('float16', True), ('float64', False)]:
        for clip in [-1.0, 0.0]:
            for wst in ['row_sparse', 'default']:
                for wd in [0.0, 0.5]:
                    try:
                        o = mx.optimizer.create(n, multi_precision=mp, clip_gradient=clip, learning_rate=0.1, wd=wd)
                        w = nd.array(((np.arange(12).reshape(4, 3) * 5) % 7 - 3) / 4., dtype=dt).tostype(wst)
                        st = o.create_state_multi_precision(0, w)
                        g = nd.array(((np.arange(12).reshape(4, 3) * 3) % 5 - 2) / 3., dtype=dt)
                        g[1] = 0
                        mx.random.seed(0)
                        o.update_multi_precision(0, w, g.tostype('row_sparse'), st)
                        print(n, dt, mp, clip, wst, wd, w.stype, w.asnumpy().ravel().tolist()[:6])
                    except Exception as e:
                        print(n, dt, mp, clip, wst, wd, 'ERR', type(e).__name__, str(e).replace('\n', ' | '))
