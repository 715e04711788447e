"""Contrib recurrent cells: parameter names and shapes, state info, reprs and unrolled values, with their refusals."""
import warnings

import numpy as np
import mxnet as mx
from mxnet.gluon import rnn
from mxnet.gluon.contrib import rnn as crnn

warnings.simplefilter("ignore")


def sine(shape):
    return mx.nd.array(np.sin(np.arange(int(np.prod(shape))) * 0.3).reshape(shape))


def show(label, arrays):
    arrays = arrays if isinstance(arrays, list) else [arrays]
    print(label, [a.shape for a in arrays], " ".join("%.4f" % v for a in arrays for v in a.asnumpy().ravel()[:6]))


for dims, shape in ((1, (2, 5)), (2, (2, 4, 3)), (3, (1, 3, 3, 2))):
    for kind in ("RNN", "LSTM", "GRU"):
        cell = getattr(crnn, "Conv%dD%sCell" % (dims, kind))(shape, 2, 3, 3, i2h_pad=1, activation="tanh")
        print(cell, list(cell.collect_params().keys()), [p.shape for p in cell.collect_params().values()])
        print(cell.state_info(2))
        cell.initialize(mx.init.Constant(0.05))
        if kind == "GRU":
            cell.hybridize()
        outputs, states = cell.unroll(2, sine((2, 2) + shape), merge_outputs=True)
        show("  outputs", outputs)
        show("  states", states)
cell = crnn.Conv2DRNNCell((4, 4, 2), 3, 3, 3, conv_layout="NHWC")
print(cell, [p.shape for p in cell.collect_params().values()], cell.state_info(1))
lstmp = crnn.LSTMPCell(4, 2, input_size=3)
print(lstmp, list(lstmp.collect_params().keys()), lstmp.state_info(2))
lstmp.initialize(mx.init.Constant(0.1))
outputs, states = lstmp.unroll(3, sine((2, 3, 3)), merge_outputs=True, valid_length=mx.nd.array([1, 3]))
show("lstmp outputs", outputs)
show("lstmp states", states)
vardrop = crnn.VariationalDropoutCell(rnn.LSTMCell(3, input_size=2), drop_inputs=0.5, drop_outputs=0.5)
print(vardrop, list(vardrop.collect_params().keys()))
vardrop.initialize(mx.init.Constant(0.1))
show("vardrop predict", vardrop.unroll(2, sine((2, 2, 2)), merge_outputs=True)[0])
for label, make in [("even h2h kernel", lambda: crnn.Conv2DLSTMCell((2, 4, 4), 2, 3, 2)),
                    ("kernel of rank 3", lambda: crnn.Conv2DGRUCell((2, 4, 4), 2, (3, 3, 3), 3)),
                    ("int input shape", lambda: crnn.Conv1DRNNCell(5, 3, 3, 3)),
                    ("bidirectional state dropout", lambda: crnn.VariationalDropoutCell(
                        rnn.BidirectionalCell(rnn.LSTMCell(2), rnn.LSTMCell(2)), drop_states=0.5)),
                    ("lstmp without projection", lambda: crnn.LSTMPCell(4))]:
    try:
        make()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)
