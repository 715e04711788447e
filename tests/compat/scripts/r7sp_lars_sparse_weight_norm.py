# LARS on a row_sparse weight reads the weight's norm with the sparse norm operator (as MXNet's NDArray code does)
import mxnet as mx
import numpy as np

nd, sp = mx.nd, mx.nd.sparse
for kwargs in ({}, {'clip_gradient': 0.5}, {'rescale_grad': 0.5}, {'lazy_update': False}):
    opt = mx.optimizer.create('lars', learning_rate=0.1, momentum=0.9, **kwargs)
    w = nd.array([[1, 2], [3, 4], [5, 6], [-1, -2]]).tostype('row_sparse')
    g = sp.row_sparse_array(([[0.5, -1], [2, 0.25]], [1, 3]), shape=(4, 2))
    state = opt.create_state_multi_precision(0, w)
    for step in range(2):
        opt.update_multi_precision(0, w, g * (step + 1), state)
    print(sorted(kwargs), w.stype, w.asnumpy().tobytes().hex(), state.asnumpy().tobytes().hex())
