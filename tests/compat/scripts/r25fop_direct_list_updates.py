# opt.update / opt.update_multi_precision called directly with lists of indices, weights, gradients and states
# (mixed dtypes too): SGD and LAMB fuse them into one operator, whose positional inputs must be NDArrays (a float16
# weight's multi-precision state tuple is not); the Test optimizer multiplies the gradient list by rescale_grad.
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words

for name, kw in (('sgd', {'momentum': 0.9}), ('sgd', {}), ('lamb', {}), ('nag', {'momentum': 0.9}),
                 ('test', {}), ('test', {'rescale_grad': 0.5}), ('adam', {}), ('lars', {'momentum': 0.9})):
    for dts in (['float32'] * 3, ['float64', 'float16'], ['float32', 'float16', 'float32'], ['float16', 'float16']):
        for method in ('update', 'update_multi_precision'):
            r = np.random.RandomState(3)
            opt = mx.optimizer.create(name, multi_precision=True, learning_rate=0.1, **kw)
            ws = [nd.array(r.uniform(-1, 1, (2, 2)), dtype=d) for d in dts]
            make = opt.create_state if method == 'update' else opt.create_state_multi_precision
            ss = [make(i, w) for i, w in enumerate(ws)]
            try:
                getattr(opt, method)(list(range(len(ws))), ws, [w * 0.5 for w in ws], ss)
                print(name, kw, dts, method, [w.asnumpy().tolist() for w in ws], opt.num_update)
            except Exception as e:
                print(name, kw, dts, method, repr(words(e))[:300], opt.num_update)
