"""Under npx.set_np() an RNN layer's begin_state wraps symbolic states as numpy symbols, and the dropout, residual and bidirectional cells refuse numpy symbols at their legacy operators, as MXNet does."""
import mxnet as mx
from mxnet.gluon import rnn, contrib


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0][:160])


mx.npx.set_np()
for layer in [rnn.LSTM(3), rnn.GRU(2, num_layers=2, bidirectional=True)]:
    show("begin_state sym", lambda: layer.begin_state(2, func=mx.sym.zeros))
    show("begin_state nd", lambda: [type(s).__name__ for s in layer.begin_state(2)])

x = mx.sym.var("x").as_np_ndarray()
xs = [mx.sym.var("x%d" % i).as_np_ndarray() for i in range(3)]
vl = mx.sym.var("vl").as_np_ndarray()
cells = [lambda: rnn.DropoutCell(0.3), lambda: rnn.DropoutCell(0.0),
         lambda: contrib.rnn.VariationalDropoutCell(rnn.LSTMCell(3), 0.3),
         lambda: contrib.rnn.VariationalDropoutCell(rnn.DropoutCell(0.0), 0.0, 0.0, 0.3),
         lambda: rnn.ResidualCell(rnn.DropoutCell(0.0)),
         lambda: rnn.BidirectionalCell(rnn.DropoutCell(0.0), rnn.DropoutCell(0.0)),
         lambda: rnn.BidirectionalCell(rnn.LSTMCell(2), rnn.GRUCell(2))]
for make in cells:
    cell = make()
    print(type(cell).__name__)
    for merge in [None, True, False]:
        cell.reset()
        show("  one merge=%s" % merge, lambda: cell.unroll(3, x, layout="TNC", merge_outputs=merge))
        cell.reset()
        show("  list merge=%s" % merge, lambda: cell.unroll(3, xs, layout="NTC", merge_outputs=merge))
        cell.reset()
        show("  list vl merge=%s" % merge, lambda: cell.unroll(3, xs, layout="NTC", merge_outputs=merge, valid_length=vl))
