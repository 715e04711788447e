"""Recurrent cells unrolled under NumPy semantics, imperatively and inside a hybridized block: the values, and
the refusal of the legacy operators MXNet's cells split and compute with."""
import mxnet as mx
from mxnet import gluon, np, npx
from mxnet.gluon import rnn
from _words import words

npx.set_np()


class Unrolled(gluon.HybridBlock):
    def __init__(self, cell, layout, merge, **kwargs):
        super().__init__(**kwargs)
        self.layout, self.merge = layout, merge
        with self.name_scope():
            self.cell = cell

    def hybrid_forward(self, F, x):
        return self.cell.unroll(3, x, layout=self.layout, merge_outputs=self.merge)[0]


cells = {"rnn": lambda: rnn.RNNCell(2, input_size=2), "lstm": lambda: rnn.LSTMCell(2, input_size=2),
         "gru": lambda: rnn.GRUCell(2, input_size=2)}
for name, make in cells.items():
    for layout in ("TNC", "NTC"):
        for merge in (True, False):
            for hybrid in (False, True):
                with mx.name.NameManager():
                    block = Unrolled(make(), layout, merge)
                    block.initialize(mx.init.Constant(0.2))
                    if hybrid:
                        block.hybridize()
                    x = np.ones((3, 2, 2) if layout == "TNC" else (2, 3, 2))
                    try:
                        out = block(x)
                        shown = out.shape if merge else [o.shape for o in out]
                        print(name, layout, merge, hybrid, shown)
                    except Exception as e:
                        print(name, layout, merge, hybrid, words(e)[:120])
