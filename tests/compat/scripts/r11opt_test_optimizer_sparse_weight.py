"""The Test optimizer on a row_sparse weight updates it, then fails assigning it back (naming NDArray's class) before its state is set."""
import numpy as np
import mxnet as mx
from mxnet import nd

for rescale in (1.0, 0.5):
    opt = mx.optimizer.create('test', rescale_grad=rescale)
    weight = nd.array(np.arange(6).reshape(3, 2)).tostype('row_sparse')
    state = opt.create_state(0, weight)
    grad = nd.sparse.row_sparse_array((np.ones((1, 2), dtype='float32'), [1]), shape=(3, 2))
    try:
        opt.update(0, weight, grad, state)
    except TypeError as e:
        print('TypeError:', e)
    print(weight.stype, weight.indices.asnumpy().tolist(), weight.asnumpy().tolist(), state.stype,
          state.asnumpy().tolist())
