"""nd.RNN's attribute and input checks in MXNet's words and order: mode, p bounds, non-integer sizes, booleans,
unknown keywords, missing or extra states, parameter and state shapes, rank and dtypes."""
import mxnet as mx
from mxnet import nd
from _words import words

x, w, h = nd.ones((3, 2, 4)), nd.ones((81,)), nd.zeros((1, 2, 3))
base = dict(state_size=3, num_layers=1, mode="gru")
cases = [
    ("mode foo", (x, w, h), dict(base, mode="foo")),
    ("mode GRU", (x, w, h), dict(base, mode="GRU")),
    ("no mode", (x, w, h), dict(state_size=3, num_layers=1)),
    ("no state_size", (x, w, h), dict(num_layers=1, mode="gru")),
    ("p -0.5", (x, w, h), dict(base, p=-0.5)),
    ("p 1", (x, w, h), dict(base, p=1.0)),
    ("p 2", (x, w, h), dict(base, p=2)),
    ("state_size abc", (x, w, h), dict(base, state_size="abc")),
    ("state_size 3.5", (x, w, h), dict(base, state_size=3.5)),
    ("state_size 0", (x, w, h), dict(base, state_size=0)),
    ("num_layers 0", (x, w, h), dict(base, num_layers=0)),
    ("bidirectional yes", (x, w, h), dict(base, bidirectional="yes")),
    ("parameters 10", (x, nd.ones((10,)), h), base),
    ("parameters 2-d", (x, w.reshape((-1, 1)), h), base),
    ("state batch 3", (x, w, nd.zeros((1, 3, 3))), base),
    ("state layers 2", (x, w, nd.zeros((2, 2, 3))), base),
    ("state 2-d", (x, w, nd.zeros((2, 3))), base),
    ("gru with a cell state", (x, w, h, h), base),
    ("lstm without a cell state", (x, nd.ones((108,)), h), dict(base, mode="lstm")),
    ("4-d data", (x.reshape((3, 2, 2, 2)), w, h), base),
    ("int32 everywhere", (x.astype("int32"), w.astype("int32"), h.astype("int32")), base),
    ("float64 parameters", (x, w.astype("float64"), h), base),
    ("lengths, wrong count", (x, nd.ones((108,)), h, h, nd.array([3, 1, 2])), dict(base, mode="lstm",
                                                                                   use_sequence_length=True)),
    ("lengths, int32", (x, nd.ones((108,)) * 0.1, h, h, nd.array([3, 1], dtype="int32")),
     dict(base, mode="lstm", use_sequence_length=True)),
]
for label, args, kwargs in cases:
    try:
        out = nd.RNN(*args, **kwargs)
        print(label, "->", out.shape, out.dtype.__name__, "%.5g" % out.asnumpy().sum())
    except Exception as e:
        print(label, "->", words(e))
try:
    nd.RNN(x, w, h, foo=1, **base)
except Exception as e:
    print("unknown keyword ->", type(e).__name__, str(e).splitlines()[0].split("MXNetError: ")[-1])
