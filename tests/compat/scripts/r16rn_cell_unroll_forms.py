"""Gluon cells unrolled over both layouts, each merge_outputs and input form, with and without valid_length, some
hybridized: the structure of outputs and states, and their values."""
import itertools

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words

R, C = gluon.rnn, gluon.contrib.rnn


def form(out):
    if isinstance(out, (list, tuple)):
        return type(out).__name__ + "[" + ", ".join(form(o) for o in out) + "]"
    return f"{out.shape}:{float('%.5g' % out.asnumpy().astype('float64').sum())}"


def cell(kind):
    c = {"lstm": lambda: R.LSTMCell(3, input_size=4), "gru": lambda: R.GRUCell(3, input_size=4),
         "lstmp": lambda: C.LSTMPCell(3, 2, input_size=4),
         "stack": lambda: (lambda s: (s.add(R.RNNCell(3, input_size=4)), s.add(R.DropoutCell(0.3)),
                                      s.add(R.GRUCell(3, input_size=3)), s)[-1])(R.HybridSequentialRNNCell()),
         "bi": lambda: R.BidirectionalCell(R.LSTMCell(3, input_size=4), R.GRUCell(3, input_size=4)),
         "residual": lambda: R.ResidualCell(R.GRUCell(4, input_size=4)),
         "zoneout": lambda: R.ZoneoutCell(R.LSTMCell(3, input_size=4), 0.3, 0.2)}[kind]()
    c.initialize()
    for i, (_, p) in enumerate(sorted(c.collect_params().items())):
        p.set_data(nd.array(np.sin(np.arange(int(np.prod(p.shape))) * 0.37 + i) * 0.5).reshape(p.shape))
    return c


FORMS = [("NTC", None, False, False), ("NTC", True, False, True), ("NTC", False, True, False),
         ("TNC", True, True, True), ("TNC", False, False, True), ("TNC", None, True, False)]
for kind in ("lstm", "gru", "lstmp", "stack", "bi", "residual", "zoneout"):
    hybrids = (False, True) if kind in ("gru", "bi") else (False,)
    for hybrid, (layout, merge, as_list, valid) in itertools.product(hybrids, FORMS):
        c = cell(kind)
        if hybrid:
            c.hybridize()
        x = nd.array(np.cos(np.arange(24) * 0.29).reshape((2, 3, 4) if layout == "NTC" else (3, 2, 4)))
        if as_list:
            x = [x[:, t] if layout == "NTC" else x[t] for t in range(3)]
        try:
            with autograd.predict_mode():
                lengths = nd.array([2, 3]) if valid else None
                out = c.unroll(3, x, layout=layout, merge_outputs=merge, valid_length=lengths)
            text = form(out)
        except Exception as e:
            text = words(e)
        print(kind, f"hybrid={hybrid} {layout} merge={merge} list={as_list} valid={valid} ->", text)
