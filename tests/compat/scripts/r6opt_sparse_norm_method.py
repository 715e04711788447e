# A sparse array's methods call the storage-aware operator as MXNet's do: x.norm() of a row_sparse array is the
# BLAS dot of its stored values (as nd.norm(x)), which LARS's learning-rate factor of sparse weights reads.
import warnings

import mxnet as mx
from mxnet import nd
import numpy as np

warnings.simplefilter('ignore')
r = np.random.RandomState(7)
for shape in [(5, 3), (4, 4), (2, 2), (2, 1), (3, 2)]:
    a = nd.array(r.randn(*shape).astype('float32')).tostype('row_sparse')
    print(a.norm().asnumpy().tobytes().hex(), nd.norm(a).asnumpy().tobytes().hex(), a.norm().stype)
for _ in range(4):
    opt = mx.optimizer.create('lars', learning_rate=0.1, eta=0.5)
    w = nd.array((r.randn(2, 2) * 3).astype('float32')).tostype('row_sparse')
    g = nd.array(r.randn(2, 2).astype('float32')).tostype('row_sparse')
    opt.update(0, w, g, opt.create_state(0, w))
    print('lars', w.asnumpy().tobytes().hex())
