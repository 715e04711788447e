# gluon.contrib: nn layers, rnn cells, conv rnn cells, data samplers; reprs and outputs.
import mxnet as mx
from mxnet import nd, gluon
from mxnet.gluon import contrib, nn
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


def show(label, x):
    if isinstance(x, (list, tuple)):
        print(label, type(x).__name__, len(x))
        for i, e in enumerate(x):
            show("  %s[%d]" % (label, i), e)
        return
    a = x.asnumpy().astype(np.float64)
    print(label, x.shape, round(float(a.sum()), 4) + 0.0, np.round(a.ravel()[:4], 4).tolist())


c = contrib.nn.HybridConcurrent(axis=1)
with c.name_scope():
    c.add(nn.Dense(2), contrib.nn.Identity(), nn.Dense(3))
print(c)
mx.random.seed(2)
c.initialize()
show("concurrent", c(nd.ones((2, 4))))
print(list(c.collect_params().keys()))
c2 = contrib.nn.Concurrent(axis=-1)
c2.add(nn.Dense(2), nn.Dense(1))
print(c2)
for layer in [contrib.nn.PixelShuffle1D(2), contrib.nn.PixelShuffle2D(2), contrib.nn.PixelShuffle2D((2, 3)),
              contrib.nn.PixelShuffle3D(2), contrib.nn.SyncBatchNorm(), contrib.nn.SyncBatchNorm(in_channels=4, num_devices=2),
              contrib.nn.SparseEmbedding(10, 3)]:
    print(layer)
show("ps1", contrib.nn.PixelShuffle1D(2)(nd.arange(12).reshape((1, 4, 3))))
show("ps2", contrib.nn.PixelShuffle2D((2, 3))(nd.arange(72).reshape((1, 6, 3, 4))))
show("ps3", contrib.nn.PixelShuffle3D(2)(nd.arange(48).reshape((1, 8, 1, 2, 3))))
attempt("ps2 bad", lambda: contrib.nn.PixelShuffle2D(2)(nd.ones((1, 3, 2, 2))).shape)
sb = contrib.nn.SyncBatchNorm()
sb.initialize()
show("syncbn", sb(nd.arange(8).reshape((2, 2, 2))))
print(list(sb.collect_params().keys()))
se = contrib.nn.SparseEmbedding(5, 2)
mx.random.seed(0)
se.initialize()
print(list(se.collect_params().keys()))

# contrib rnn
for cell in [contrib.rnn.VariationalDropoutCell(gluon.rnn.LSTMCell(3), drop_inputs=0.1, drop_states=0.2, drop_outputs=0.3),
             contrib.rnn.LSTMPCell(4, 2), contrib.rnn.LSTMPCell(4, 2, input_size=3),
             contrib.rnn.Conv1DRNNCell((2, 5), 3, 3, 3), contrib.rnn.Conv2DLSTMCell((2, 4, 4), 3, (3, 3), (3, 3)),
             contrib.rnn.Conv3DGRUCell((1, 3, 3, 3), 2, 3, 3), contrib.rnn.Conv2DRNNCell((2, 4, 4), 3, 3, 3, i2h_pad=1, activation="relu")]:
    print(cell)
    print([(k, v.shape) for k, v in cell.collect_params().items()])
    print(cell.state_info(2))
x = nd.random.uniform(shape=(3, 2, 3))
cell = contrib.rnn.LSTMPCell(4, 2, input_size=3)
mx.random.seed(1)
cell.initialize()
outs, states = cell.unroll(3, x, layout="TNC", merge_outputs=True)
show("lstmp", outs)
show("lstmp states", states)
conv = contrib.rnn.Conv2DLSTMCell((2, 4, 4), 3, (3, 3), (3, 3), i2h_pad=(1, 1))
mx.random.seed(1)
conv.initialize()
xc = nd.random.uniform(shape=(2, 2, 2, 4, 4))
outs, states = conv.unroll(2, xc, layout="NTC", merge_outputs=True)
show("convlstm", outs)
show("convlstm states", states)
vd = contrib.rnn.VariationalDropoutCell(gluon.rnn.GRUCell(3, input_size=3), drop_inputs=0.5, drop_outputs=0.5)
mx.random.seed(1)
vd.initialize()
with mx.autograd.train_mode():
    outs, states = vd.unroll(3, x, layout="TNC", merge_outputs=True)
show("vardrop", outs)

# contrib data
iv = contrib.data.IntervalSampler(7, 3)
print(list(iv), len(iv), list(contrib.data.IntervalSampler(7, 3, rollover=False)))
