# LAMB on a row_sparse weight reads the weight's norm with the sparse norm operator (as MXNet's NDArray code does)
import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse
r = np.random.RandomState(3)
for kwargs in ({}, {'rescale_grad': 0.5}, {'clip_gradient': 0.5}, {'wd': 0.01}):
    opt = mx.optimizer.create('lamb', learning_rate=0.1, **kwargs)
    w = nd.array(r.randn(6, 3).astype('float32')).tostype('row_sparse')
    g = sp.row_sparse_array((r.randn(2, 3).astype('float32'), [1, 4]), shape=(6, 3))
    state = opt.create_state_multi_precision(0, w)
    for step in range(2):
        opt.update_multi_precision(0, w, g * (step + 1), state)
    print(sorted(kwargs), w.stype, w.asnumpy().tobytes().hex())
