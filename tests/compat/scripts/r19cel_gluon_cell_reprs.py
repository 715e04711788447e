"""Gluon recurrent cells as printed: every cell kind, activation form and container nesting, before and after
the first step (deferred input sizes), with their parameter names and state_info."""
import mxnet as mx
from mxnet import gluon, nd
from _words import words

R, CR = gluon.rnn, gluon.contrib.rnn


def seq(*cells, cls=R.SequentialRNNCell):
    s = cls()
    for c in cells:
        s.add(c)
    return s


CELLS = [
    "R.RNNCell(4)", "R.RNNCell(4, 'relu', input_size=3)", "R.RNNCell(4, activation='softsign')",
    "R.RNNCell(4, activation=gluon.nn.LeakyReLU(0.1))", "R.RNNCell(3, activation=gluon.nn.Swish())",
    "R.LSTMCell(4, input_size=2)", "R.LSTMCell(4, activation='relu', recurrent_activation='tanh')",
    "R.GRUCell(4)",
    "R.DropoutCell(0.5)", "R.DropoutCell(0.25, axes=(0, 1))", "R.ZoneoutCell(R.LSTMCell(3), 0.2, 0.3)",
    "R.ResidualCell(R.GRUCell(3))", "R.BidirectionalCell(R.RNNCell(3), R.LSTMCell(2), output_prefix='x_')",
    "CR.LSTMPCell(4, 2)", "CR.LSTMPCell(4, 2, input_size=3)", "CR.VariationalDropoutCell(R.GRUCell(3), 0.1, 0.2, 0.3)",
    "CR.Conv2DLSTMCell((0, 5, 5), 2, 3, 3)", "CR.Conv1DGRUCell((6, 0), 2, 3, 3, conv_layout='NWC')",
    "CR.Conv3DRNNCell((4, 3, 3, 3), 2, 1, 3, activation=gluon.nn.LeakyReLU(0.2))",
    "seq(R.LSTMCell(3), seq(R.GRUCell(2), R.DropoutCell(0.1)))",
    "seq(R.BidirectionalCell(R.LSTMCell(3), seq(R.GRUCell(2), R.RNNCell(2))), R.ResidualCell(R.GRUCell(6)))",
    "seq(R.ZoneoutCell(CR.LSTMPCell(4, 2), 0.1, 0.2), CR.VariationalDropoutCell(R.GRUCell(3), 0.1), "
    "cls=R.HybridSequentialRNNCell)",
    "seq()", "R.ResidualCell(seq(R.RNNCell(3), cls=R.HybridSequentialRNNCell))",
]
for text in CELLS:
    print(text)
    try:
        cell = eval(text)
    except Exception as e:
        print(" ", words(e).splitlines()[0])
        continue
    print(" ", repr(cell).replace("\n", "\n  "))
    print("  params:", sorted((k, v.shape) for k, v in cell.collect_params().items()))
    print("  state_info:", cell.state_info(2))
    if "Conv" in text or text == "seq()":
        continue
    cell.initialize(mx.init.Constant(0.1))
    try:
        out, states = cell.unroll(3, nd.ones((2, 3, 2)) * 0.5, merge_outputs=True)
        print("  unrolled:", out.shape, round(float(out.sum().asscalar()), 4), [s.shape for s in states])
    except Exception as e:
        print("  unrolled:", words(e))
    print("  after:", repr(cell).replace("\n", "\n  "))
