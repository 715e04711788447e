"""gluon.rnn and gluon.contrib.rnn cells under npx.set_np() with mx.np inputs: which unroll paths work and
which legacy operator refuses the mx.np arrays (Dropout, stack, ones_like, split, FullyConnected)."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx, autograd
from mxnet.gluon import rnn
from mxnet.gluon.contrib import rnn as crnn
from _words import words

npx.set_np()
x = np.array(onp.random.RandomState(1).uniform(-1, 1, (2, 3, 3)))
CELLS = {'rnn': lambda: rnn.RNNCell(4, input_size=3), 'lstm': lambda: rnn.LSTMCell(4, input_size=3),
         'gru': lambda: rnn.GRUCell(4, input_size=3), 'lstmp': lambda: crnn.LSTMPCell(4, 2, input_size=3),
         'res': lambda: rnn.ResidualCell(rnn.GRUCell(3, input_size=3)), 'drop0': lambda: rnn.DropoutCell(0.0),
         'drop': lambda: rnn.DropoutCell(0.3),
         'vd': lambda: crnn.VariationalDropoutCell(rnn.GRUCell(4, input_size=3), 0.3, 0.3, 0.3),
         'vd_in': lambda: crnn.VariationalDropoutCell(rnn.GRUCell(4, input_size=3), drop_inputs=0.3),
         'vd_out': lambda: crnn.VariationalDropoutCell(rnn.RNNCell(4, input_size=3), drop_outputs=0.3)}
for name, make in CELLS.items():
    cell = make()
    cell.initialize(mx.init.Constant(0.1))
    for hybrid in [False, True]:
        if hybrid:
            cell.hybridize()
        for what, call in [('NTC merged', lambda: cell.unroll(3, x, merge_outputs=True)),
                           ('TNC list out', lambda: cell.unroll(2, x, layout='TNC', merge_outputs=False)),
                           ('valid_length',
                            lambda: cell.unroll(3, x, merge_outputs=True, valid_length=np.array([2, 3]))),
                           ('list in', lambda: cell.unroll(3, [x[:, i] for i in range(3)], merge_outputs=True)),
                           ('list in, no merge', lambda: cell.unroll(3, [x[:, i] for i in range(3)])),
                           ('one step', lambda: cell(x[:, 0], cell.begin_state(2)))]:
            try:
                mx.random.seed(5)
                with autograd.predict_mode():
                    out, states = call()
                out = out if isinstance(out, list) else [out]
                print(name, hybrid, what, '->', [type(o).__name__ for o in out], [o.shape for o in out],
                      round(float(sum(o.sum() for o in out)), 4), len(states))
            except Exception as e:
                print(name, hybrid, what, '->', words(e)[:110])
