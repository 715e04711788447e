"""Gluon RNN cells under npx.set_np(): unroll splits an mx.np input with the legacy split operator, which refuses
it (TypeError), before any deferred shape is inferred; a list of steps reaches the cell."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the result's type or the exception class."""
    try:
        print(label, "->", type(fn()).__name__)
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


cell = mx.gluon.rnn.RNNCell(4)
cell.initialize()
for merge in [True, False, None]:
    show("RNNCell deferred merge=%s" % merge, lambda: cell.unroll(3, np.ones((2, 3, 5)), merge_outputs=merge))
show("RNNCell deferred list", lambda: cell.unroll(3, [np.ones((2, 5))] * 3))
lstm = mx.gluon.rnn.LSTMCell(4, input_size=5)
lstm.initialize()
show("LSTMCell known shapes", lambda: lstm.unroll(3, np.ones((2, 3, 5))))
