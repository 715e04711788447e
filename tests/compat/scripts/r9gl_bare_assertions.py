"""Assertions MXNet raises without a message: unroll lengths that disagree with the inputs, a bad dtype_source."""
import os
import tempfile

import mxnet as mx

rnn = mx.gluon.rnn


def show(label, fn):
    try:
        fn()
        print(label, "ok")
    except AssertionError as e:
        print(label, "AssertionError", repr(str(e)))


cell = rnn.LSTMCell(3)
cell.initialize()
show("unroll 3 over 2 steps", lambda: cell.unroll(3, mx.nd.ones((1, 2, 2)), layout="NTC"))
show("unroll 1 over 2 steps TNC", lambda: cell.unroll(1, mx.nd.ones((2, 1, 2)), layout="TNC"))
show("unroll 3 over a list of 2", lambda: cell.unroll(3, [mx.nd.ones((1, 2))] * 2))
dense = mx.gluon.nn.Dense(2, in_units=2)
dense.initialize()
path = os.path.join(tempfile.mkdtemp(), "dense.params")
dense.save_parameters(path)
show("dtype_source bogus", lambda: dense.load_parameters(path, cast_dtype=True,
                                                         dtype_source="bogus"))
show("dtype_source saved", lambda: dense.load_parameters(path, cast_dtype=True,
                                                         dtype_source="saved"))
os.remove(path)
os.rmdir(os.path.dirname(path))
