"""Gluon cells' unroll and step given odd arguments: lengths that are not the time axis, float or string lengths,
truthy merge_outputs, lowercase or short layouts, valid_length of other types, wrong begin states, mixed inputs."""
import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from _words import words

R, CR = gluon.rnn, gluon.contrib.rnn


def show(x):
    if isinstance(x, (list, tuple)):
        return type(x).__name__ + "[" + ", ".join(show(a) for a in x) + "]"
    if isinstance(x, nd.NDArray):
        return f"{x.shape}:{x.asnumpy().astype('float64').sum():.4f}"
    if isinstance(x, mx.sym.Symbol):
        return x.name
    return repr(x)


def make(text):
    cell = eval(text)
    cell.initialize()
    for i, (_, p) in enumerate(sorted(cell.collect_params().items())):
        if all(p.shape):
            p.set_data(nd.array(np.sin(np.arange(int(np.prod(p.shape))) * 0.37 + i) * 0.5).reshape(p.shape))
    return cell


X = nd.array(np.cos(np.arange(24) * 0.29).reshape(2, 3, 4))
CASES = [("length 3.0", lambda c: c.unroll(3.0, X)), ("length None", lambda c: c.unroll(None, X)),
         ("length -1", lambda c: c.unroll(-1, X)), ("length '3'", lambda c: c.unroll("3", X)),
         ("length 2 of 3", lambda c: c.unroll(2, X, merge_outputs=True)), ("length 4 of 3", lambda c: c.unroll(4, X)),
         ("length 4 of 3 merged", lambda c: c.unroll(4, X, merge_outputs=True)),
         ("merge 'yes'", lambda c: c.unroll(3, X, merge_outputs="yes")), ("merge 0", lambda c: c.unroll(3, X, merge_outputs=0)),
         ("layout ntc", lambda c: c.unroll(3, X, layout="ntc")), ("layout NCT", lambda c: c.unroll(3, X, layout="NCT")),
         ("layout TNC on NTC data", lambda c: c.unroll(2, X, layout="TNC")),
         ("valid numpy", lambda c: c.unroll(3, X, valid_length=np.array([1, 2]))),
         ("valid int32", lambda c: c.unroll(3, X, valid_length=nd.array([1, 3], dtype="int32"), merge_outputs=True)),
         ("valid list", lambda c: c.unroll(3, X, valid_length=[1, 2])),
         ("valid of 3 samples", lambda c: c.unroll(3, X, valid_length=nd.array([1, 2, 3]))),
         ("no begin states", lambda c: c.unroll(3, X, begin_state=[])),
         ("begin state not a list", lambda c: c.unroll(3, X, begin_state=nd.zeros((2, 3)))),
         ("inputs of two batch sizes", lambda c: c.unroll(2, [X[:, 0], X[:1, 1]])),
         ("a tuple of steps", lambda c: c.unroll(2, (X[:, 0], X[:, 1]), merge_outputs=True)),
         ("no inputs", lambda c: c.unroll(3, None)), ("2-d inputs", lambda c: c.unroll(3, X[:, :, 0])),
         ("symbol steps", lambda c: c.unroll(2, [mx.sym.var("a"), mx.sym.var("b")], merge_outputs=True)),
         ("symbol valid_length", lambda c: c.unroll(2, mx.sym.var("a"), valid_length=mx.sym.var("v"))),
         ("step given keywords", lambda c: c(inputs=X[:, 0], states=c.begin_state(batch_size=2))),
         ("step with an extra argument", lambda c: c(X[:, 0], c.begin_state(batch_size=2), 1)),
         ("step with too many states", lambda c: c(X[:, 0], c.begin_state(batch_size=2) * 2))]
for text in ["R.LSTMCell(3, input_size=4)", "R.GRUCell(3)", "R.DropoutCell(0.5)", "R.ResidualCell(R.GRUCell(4))",
             "R.BidirectionalCell(R.RNNCell(3, input_size=4), R.GRUCell(2, input_size=4))",
             "CR.VariationalDropoutCell(R.GRUCell(4, input_size=4), 0.3)"]:
    print("--", text)
    for label, fn in CASES:
        try:
            text_out = show(fn(make(text)))
        except Exception as e:
            text_out = words(e).splitlines()[0]
        print(label, "->", text_out)
