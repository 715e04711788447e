"""Gluon cells unrolled over symbols (as hybridize traces them): each graph's operators, node names and wiring for
both layouts, merge_outputs and valid_length, and a hybridized bidirectional unroll over valid lengths."""
import json

import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from _words import words

R, CR = gluon.rnn, gluon.contrib.rnn


def graph(outputs, states):
    group = mx.sym.Group((outputs if isinstance(outputs, list) else [outputs]) + list(states))
    nodes = json.loads(group.tojson())["nodes"]
    return [f"{n['op']}:{n['name']}({','.join(nodes[i[0]]['name'] for i in n['inputs'])})"
            for n in nodes if n["op"] != "null"] + [group.list_outputs()]


CELLS = ["R.LSTMCell(3, prefix='a_')", "R.GRUCell(3, prefix='a_')",
         "R.BidirectionalCell(R.RNNCell(3, prefix='l_'), R.GRUCell(2, prefix='r_'))",
         "R.ResidualCell(R.GRUCell(4, prefix='a_'))", "CR.VariationalDropoutCell(R.GRUCell(4, prefix='a_'), 0.3, 0., 0.1)",
         "(lambda s: (s.add(R.LSTMCell(3, prefix='a_')), s.add(R.BidirectionalCell(R.GRUCell(2, prefix='l_'), "
         "R.GRUCell(2, prefix='r_'))), s)[-1])(R.HybridSequentialRNNCell(prefix='s_'))"]
for text in CELLS:
    for layout, merge, valid in (("NTC", None, True), ("TNC", None, True), ("NTC", True, True), ("TNC", False, True),
                                 ("NTC", None, False), ("TNC", True, False)):
        cell = eval(text)
        try:
            out, states = cell.unroll(2, mx.sym.var("x"), layout=layout, merge_outputs=merge,
                                      valid_length=mx.sym.var("v") if valid else None)
            shown = graph(out, states)
        except Exception as e:
            shown = words(e)
        print(text, layout, merge, valid, "->", shown)


class Net(gluon.HybridBlock):
    def __init__(self, merge_outputs, **kwargs):
        super().__init__(**kwargs)
        self._merge = merge_outputs
        with self.name_scope():
            self.bi = R.BidirectionalCell(R.GRUCell(2, input_size=3), R.LSTMCell(2, input_size=3))

    def hybrid_forward(self, F, x, valid):
        return self.bi.unroll(4, x, valid_length=valid, merge_outputs=self._merge)[0]


for merge in (None, True):
    for hybrid in (False, True):
        net = Net(merge)
        net.initialize(mx.init.Constant(0.1))
        if hybrid:
            net.hybridize()
        try:
            y = net(nd.array(np.arange(24).reshape(2, 4, 3) * 0.1), nd.array([2, 4]))
            print("net", merge, hybrid, y.shape, np.round(y.asnumpy().astype("float64").sum(axis=2), 4).tolist())
        except Exception as e:
            print("net", merge, hybrid, words(e))
