"""gluon.rnn and gluon.contrib.rnn cells: parameters, state_info, begin_state, unroll per layout and merge_outputs
(array or list inputs, valid_length), backward, hybridized steps and their refusals, weights from a seeded RNG."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import rnn
from mxnet.gluon.contrib import rnn as crnn
from _words import words


def seq(kind, *cells):
    s = getattr(rnn, kind)()
    for c in cells:
        s.add(c)
    return s


CELLS = {'rnn': lambda: rnn.RNNCell(4, input_size=3), 'relu': lambda: rnn.RNNCell(4, activation='relu', input_size=3),
         'lstm': lambda: rnn.LSTMCell(4, input_size=3), 'gru': lambda: rnn.GRUCell(4, input_size=3),
         'lstmp': lambda: crnn.LSTMPCell(4, 2, input_size=3),
         'seq': lambda: seq('SequentialRNNCell', rnn.LSTMCell(4, input_size=3), rnn.GRUCell(4, input_size=4)),
         'hseq': lambda: seq('HybridSequentialRNNCell', rnn.LSTMCell(4, input_size=3), rnn.RNNCell(4, input_size=4)),
         'bi': lambda: rnn.BidirectionalCell(rnn.LSTMCell(4, input_size=3), rnn.GRUCell(4, input_size=3)),
         'res': lambda: rnn.ResidualCell(rnn.GRUCell(3, input_size=3)),
         'zone': lambda: rnn.ZoneoutCell(rnn.LSTMCell(4, input_size=3), 0.0, 0.0), 'drop': lambda: rnn.DropoutCell(0.0),
         'vd': lambda: crnn.VariationalDropoutCell(rnn.GRUCell(4, input_size=3))}


def show(out):
    if isinstance(out, list):
        return [show(o) for o in out]
    return (out.shape, round(float(out.sum().asscalar()), 5), round(float(out.abs().max().asscalar()), 5))


x = nd.array(np.random.RandomState(1).uniform(-1, 1, (2, 3, 3)))
for name, make in CELLS.items():
    cell = make()
    print(name, [(k, v.shape) for k, v in cell.collect_params().items()], cell.state_info(2))
    cell.initialize()
    rs = np.random.RandomState(0)
    for k, p in sorted(cell.collect_params().items()):
        p.set_data(nd.array(rs.uniform(-0.5, 0.5, p.shape)))
    print('   begin_state', [s.shape for s in cell.begin_state(batch_size=2, func=nd.zeros)],
          [show(s) for s in cell.begin_state(batch_size=1, func=nd.ones)])
    for layout, merge, as_list in [('NTC', True, False), ('NTC', False, False), ('NTC', None, True),
                                   ('TNC', True, False),
                                   ('TNC', None, False), ('TNC', True, True)]:
        steps = 3 if layout == 'NTC' else 2
        inputs = ([x[:, i, :] for i in range(3)] if layout == 'NTC' else [x[i] for i in range(2)]) if as_list else x
        try:
            out, states = cell.unroll(steps, inputs, layout=layout, merge_outputs=merge)
            print('   ', layout, merge, 'list' if as_list else 'array', show(out), show(states))
        except Exception as e:
            print('   ', layout, merge, 'list' if as_list else 'array', words(e))
    for text in ["cell.unroll(3, x, merge_outputs=True, valid_length=nd.array([2, 3]))",
                 "cell.unroll(3, x, merge_outputs=False, valid_length=nd.array([1, 3]))",
                 "cell.unroll(2, x, layout='TNC', merge_outputs=True, valid_length=nd.array([2, 1, 2]))",
                 "cell.unroll(3, x, layout='CNT')", "cell.unroll(4, x)", "cell.unroll(4, [x[:, i] for i in range(3)])",
                 "cell(x[:, 0], [nd.zeros((3, 7))])", "cell(x, cell.begin_state(2))"]:
        try:
            out, states = eval(text)
            print('   ', text, '->', show(out), show(states))
        except Exception as e:
            print('   ', text, '->', words(e))
    xx = x.copy()
    xx.attach_grad()
    with autograd.record():
        out, _ = cell.unroll(3, xx, merge_outputs=True)
    out.backward()
    print('    backward', show(xx.grad))
    cell.hybridize()
    cell.reset()
    print('    hybridized', show(cell.unroll(3, x, merge_outputs=True)[0]))
    try:
        print('    hybridized step', show(cell(x[:, 0], cell.begin_state(batch_size=2, func=nd.zeros))[0]))
    except NotImplementedError as e:
        print('    hybridized step', words(e))
