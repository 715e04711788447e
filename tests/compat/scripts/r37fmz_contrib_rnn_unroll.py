"""contrib.rnn: dynamic_unroll of RNN/LSTM/GRU cells inside a HybridBlock under every hybridize flag (values and
gradients), and VariationalDropoutCell masks over LSTM, GRU and LSTMP cells (train, predict, hybridized)."""
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import contrib, rnn


def dg(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:10]


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, str(e)[:200].replace('\n', ' / '))


class Unrolled(gluon.HybridBlock):
    def __init__(self, cell_type, hidden, layout, **kw):
        super().__init__(**kw)
        self.cell = cell_type(hidden, prefix='rnn_')
        self.layout = layout

    def hybrid_forward(self, F, inputs, states, valid_length):
        if isinstance(valid_length, list) and not valid_length:
            valid_length = None
        return contrib.rnn.rnn_cell.dynamic_unroll(self.cell, inputs, states, valid_length=valid_length,
                                                   layout=self.layout)


def unrolled(cell_type, nstates, layout, use_valid):
    mx.random.seed(3)
    np.random.seed(3)
    data = nd.array(np.random.normal(size=(5, 3, 4) if layout == 'TNC' else (3, 5, 4)))
    valid = nd.array([2, 5, 1]) if use_valid else []
    states = [nd.array(np.random.normal(size=(3, 2))) for _ in range(nstates)]
    rows = []
    for flags in [None, {}, {'inline_limit': 0}, {'static_alloc': True}, {'static_alloc': True, 'static_shape': True}]:
        layer = Unrolled(cell_type, 2, layout, prefix='l_')
        layer.initialize(mx.init.Xavier())
        if flags is not None:
            layer.hybridize(**flags)
        with mx.autograd.record():
            out, st = layer(data, states, valid)
        out.backward()
        rows.append((dg(out), [dg(s) for s in st], dg(layer.cell.i2h_weight.grad())))
    return out.shape, rows


for cell_type, nstates in [(rnn.RNNCell, 1), (rnn.LSTMCell, 2), (rnn.GRUCell, 1)]:
    for layout in ['TNC', 'NTC']:
        for use_valid in [False, True]:
            attempt('%s %s valid=%s' % (cell_type.__name__, layout, use_valid),
                    lambda: unrolled(cell_type, nstates, layout, use_valid))


def dropped(base, drops, hybridize, train, seed):
    mx.random.seed(seed)
    np.random.seed(seed)
    cell = contrib.rnn.VariationalDropoutCell(base(), **drops)
    cell.initialize(mx.init.Xavier())
    if hybridize:
        cell.hybridize()
    x = nd.array(np.random.uniform(-1, 1, (2, 4, 3)))
    with mx.autograd.record(train_mode=train):
        out, states = cell.unroll(4, x, merge_outputs=True)
    again, _ = cell.unroll(4, x, merge_outputs=True)      # predict mode: no masks
    return dg(out), [dg(s) for s in states], dg(again)


bases = {'lstm': lambda: rnn.LSTMCell(3, input_size=3, prefix='l_'), 'gru': lambda: rnn.GRUCell(2, prefix='g_'),
         'lstmp': lambda: contrib.rnn.LSTMPCell(3, 2, prefix='lp_')}
seed = 0
for name, base in bases.items():
    for drops in [dict(drop_inputs=0.5), dict(drop_states=0.5), dict(drop_outputs=0.5),
                  dict(drop_inputs=0.3, drop_states=0.3, drop_outputs=0.3)]:
        for hybridize in (False, True):
            seed += 1
            attempt('%s %s hybridize=%s' % (name, drops, hybridize), lambda: dropped(base, drops, hybridize, True, seed))
