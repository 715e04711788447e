"""Gluon cells' begin_state: the default and given functions (nd and sym), batch sizes, extra keywords and
their order of state names, for plain, container and modifier cells."""
import mxnet as mx
from mxnet import gluon, nd
from _words import words

R, CR = gluon.rnn, gluon.contrib.rnn


def show(states):
    if isinstance(states, list):
        return "[" + ", ".join(show(s) for s in states) + "]"
    if isinstance(states, nd.NDArray):
        return f"{states.shape}{states.dtype.__name__}:{states.asnumpy().ravel()[:2].tolist()}"
    if isinstance(states, mx.sym.Symbol):
        return states.name
    return repr(states)


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))


def stack():
    s = R.HybridSequentialRNNCell()
    s.add(R.LSTMCell(3))
    s.add(R.DropoutCell(0.2))
    s.add(R.GRUCell(2))
    return s


CELLS = ["R.RNNCell(4)", "R.LSTMCell(4)", "R.GRUCell(3)", "CR.LSTMPCell(4, 2)", "stack()",
         "R.BidirectionalCell(R.RNNCell(3), R.LSTMCell(2))", "R.DropoutCell(0.5)", "R.ZoneoutCell(R.GRUCell(3))",
         "CR.Conv1DLSTMCell((2, 5), 3, 3, 3)"]
for text in CELLS:
    print("--", text)
    attempt("default", lambda: eval(text).begin_state())
    attempt("batch 3", lambda: eval(text).begin_state(batch_size=3))
    attempt("positional 3", lambda: eval(text).begin_state(3))
    attempt("ones", lambda: eval(text).begin_state(batch_size=2, func=nd.ones))
    attempt("full", lambda: eval(text).begin_state(batch_size=2, func=nd.full, val=2.5))
    attempt("float64", lambda: eval(text).begin_state(batch_size=2, dtype="float64"))
    attempt("sym zeros", lambda: eval(text).begin_state(batch_size=2, func=mx.sym.zeros))
    attempt("sym var", lambda: eval(text).begin_state(func=mx.sym.Variable))
    attempt("unknown keyword", lambda: eval(text).begin_state(batch_size=2, foo=1))
    attempt("twice", lambda: (lambda c: c.begin_state(func=mx.sym.zeros) + c.begin_state(func=mx.sym.zeros))(eval(text)))
    attempt("keywords seen", lambda: eval(text).begin_state(batch_size=2, func=lambda **kw: sorted(kw.items())))
