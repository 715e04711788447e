"""Convolutional GRU cells with relu: a reset gate cut off by relu leaves +0 bias gradients, as MXNet's convolution."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd

rnn = mx.gluon.contrib.rnn
for cls, space in [(rnn.Conv1DGRUCell, (6,)), (rnn.Conv2DGRUCell, (3, 3))]:
    for kernel in (1, 3):
        cell = cls((2,) + space, 2, kernel, kernel, activation="relu", prefix="cell_")
        cell.initialize()
        x = nd.array(np.random.RandomState(1).uniform(-1, 1, (1, 2, 2) + space))
        cell.unroll(2, x, merge_outputs=True)
        rng = np.random.RandomState(0)
        for name, p in sorted(cell.collect_params().items()):
            p.set_data(nd.array(rng.uniform(-0.5, 0.5, p.shape)))
        with autograd.record(train_mode=False):
            out, _ = cell.unroll(2, x, merge_outputs=True)
            loss = out.sum()
        loss.backward()
        for name, p in sorted(cell.collect_params().items()):
            if name.endswith("bias"):
                g = p.grad().asnumpy()
                print(cls.__name__, kernel, name, g.tolist(), np.signbit(g).astype(int).tolist())
