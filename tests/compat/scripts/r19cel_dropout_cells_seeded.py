"""Dropout, zoneout and variational-dropout cells in training mode under mx.random.seed: the masks each step and
each unroll draws (per step, per sequence, along the time axis), hybridized or not, with valid_length."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

R, CR = gluon.rnn, gluon.contrib.rnn


def set_params(cell):
    for i, (_, p) in enumerate(sorted(cell.collect_params().items())):
        p.set_data(nd.array(np.sin(np.arange(int(np.prod(p.shape))) * 0.37 + i) * 0.5).reshape(p.shape))


def inputs(*shape):
    return nd.array(np.cos(np.arange(int(np.prod(shape))) * 0.29).reshape(shape))


def show(x):
    if isinstance(x, (list, tuple)):
        return "[" + ", ".join(show(a) for a in x) + "]"
    return str(np.round(x.asnumpy().astype("float64"), 4).tolist())


CELLS = ["R.DropoutCell(0.5)", "R.DropoutCell(0.3, axes=(1,))",
         "R.ZoneoutCell(R.RNNCell(3, input_size=4), 0.5, 0.0)", "R.ZoneoutCell(R.LSTMCell(3, input_size=4), 0.4, 0.6)",
         "CR.VariationalDropoutCell(R.GRUCell(3, input_size=4), 0.5)",
         "CR.VariationalDropoutCell(R.LSTMCell(3, input_size=4), 0.3, 0.4, 0.5)",
         "CR.VariationalDropoutCell(R.LSTMCell(3, input_size=4), 0.3, 0., 0.5)",
         "R.ResidualCell(R.ZoneoutCell(R.GRUCell(4, input_size=4), 0.5, 0.5))"]
for text in CELLS:
    for hybrid in (False, True):
        print("--", text, "hybridized" if hybrid else "")
        cell = eval(text)
        cell.initialize()
        if hybrid:
            cell.hybridize()
        with autograd.predict_mode():
            cell.unroll(2, inputs(2, 2, 4))
        set_params(cell)
        mx.random.seed(7)
        states = cell.begin_state(batch_size=2, func=nd.zeros)
        with autograd.train_mode():
            for step in range(2):
                out, states = cell(inputs(2, 4) * (step + 1), states)
                print("step", step, show(out), show(states))
        for layout, valid in (("NTC", None), ("TNC", nd.array([2, 3]))):
            mx.random.seed(11)
            x = inputs(2, 3, 4) if layout == "NTC" else inputs(3, 2, 4)
            with autograd.train_mode():
                out, states = cell.unroll(3, x, layout=layout, merge_outputs=True, valid_length=valid)
            print("unroll", layout, show(out), show(states))
