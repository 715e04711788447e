"""mx.rnn cells refuse unroll inputs in MXNet's words: a bare assertion for a step count that differs from length,
MXNet's deprecation words for inputs=None, and its words for a grouped symbol to split."""
import mxnet as mx
from _words import words

L = mx.rnn
cells = {"LSTMCell": lambda: L.LSTMCell(3, prefix="l_"), "GRUCell": lambda: L.GRUCell(3, prefix="g_"),
         "RNNCell": lambda: L.RNNCell(3, prefix="r_"), "FusedRNNCell": lambda: L.FusedRNNCell(3, prefix="f_"),
         "SequentialRNNCell": lambda: L.SequentialRNNCell(),
         "BidirectionalCell": lambda: L.BidirectionalCell(L.GRUCell(2, prefix="a_"), L.GRUCell(2, prefix="b_")),
         "ResidualCell": lambda: L.ResidualCell(L.GRUCell(2, prefix="g_")), "DropoutCell": lambda: L.DropoutCell(0.2),
         "ZoneoutCell": lambda: L.ZoneoutCell(L.GRUCell(2, prefix="z_"), 0.1, 0.1)}
grouped = mx.sym.Group([mx.sym.var("a"), mx.sym.var("b")])
for name, make in cells.items():
    for label, args, kwargs in [("one step for three", (3, [mx.sym.var("a")]), {}),
                                ("inputs=None", (2, None), {}),
                                ("grouped, split", (2, grouped), dict(merge_outputs=False)),
                                ("two steps", (2, [mx.sym.var("a"), mx.sym.var("b")]), dict(merge_outputs=True))]:
        try:
            out, states = make().unroll(*args, **kwargs)
            print(name, label, "->", type(out).__name__, out.list_outputs() if hasattr(out, "list_outputs") else len(out),
                  [getattr(s, "name", None) for s in states])
        except Exception as e:
            print(name, label, "->", words(e))
