"""mx.rnn cells misused: params given twice, wrapped cells asked for states, bad dropout, zoneout over stacks,
stepping what cannot be stepped, a fused cell's layout, a bucket iterator with no bucket filled."""
import numpy as np
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


def wrapped(make):
    cell = make()
    mx.rnn.ResidualCell(cell)
    return cell.begin_state()


def stack(*cells):
    s = mx.rnn.SequentialRNNCell()
    for c in cells:
        s.add(c)
    return s


attempt("stack and child params", lambda: mx.rnn.SequentialRNNCell(params=mx.rnn.RNNParams("p_")).add(
    mx.rnn.RNNCell(3, params=mx.rnn.RNNParams("q_"))))
attempt("bidirectional and child params", lambda: mx.rnn.BidirectionalCell(
    mx.rnn.RNNCell(3, params=mx.rnn.RNNParams("x")), mx.rnn.RNNCell(3), params=mx.rnn.RNNParams("y")))
attempt("wrapped rnn cell begin_state", lambda: wrapped(lambda: mx.rnn.RNNCell(3)))
attempt("wrapped stack begin_state", lambda: wrapped(lambda: stack(mx.rnn.LSTMCell(3))))
attempt("wrapped bidirectional begin_state", lambda: wrapped(
    lambda: mx.rnn.BidirectionalCell(mx.rnn.RNNCell(3, prefix="l_"), mx.rnn.RNNCell(3, prefix="r_"))))
attempt("wrapped zoneout begin_state", lambda: wrapped(lambda: mx.rnn.ZoneoutCell(mx.rnn.GRUCell(3))))
attempt("outer modifier begin_state", lambda: [s.name for s in mx.rnn.ResidualCell(
    mx.rnn.ZoneoutCell(mx.rnn.GRUCell(3))).begin_state()])
for rate in ("x", None, np.float32(0.25), 1):
    attempt(f"DropoutCell({rate!r})", lambda: mx.rnn.DropoutCell(rate).dropout)
attempt("zoneout over a stack", lambda: mx.rnn.ZoneoutCell(stack(mx.rnn.RNNCell(3))))
attempt("zoneout over an unfused stack", lambda: mx.rnn.ZoneoutCell(mx.rnn.FusedRNNCell(3).unfuse()))
attempt("zoneout over a fused cell", lambda: mx.rnn.ZoneoutCell(mx.rnn.FusedRNNCell(3)))
attempt("zoneout over a bidirectional cell", lambda: mx.rnn.ZoneoutCell(
    mx.rnn.BidirectionalCell(mx.rnn.RNNCell(3), mx.rnn.RNNCell(3))))
unfused = mx.rnn.FusedRNNCell(3, bidirectional=True, num_layers=2).unfuse()
attempt("step an unfused bidirectional stack", lambda: unfused(mx.sym.var("x"), unfused.begin_state()))
attempt("step a fused cell", lambda: mx.rnn.FusedRNNCell(3)(mx.sym.var("x"), []))
for layout in ("CNT", "NCT", "TNC"):
    attempt(f"fused unroll {layout}", lambda: mx.rnn.FusedRNNCell(3).unroll(2, mx.sym.var("x"), layout=layout)[0].name)
attempt("bucket iterator with no bucket filled", lambda: mx.rnn.BucketSentenceIter([[1, 2], [3]], 20))
attempt("bucket iterator of no sentences", lambda: mx.rnn.BucketSentenceIter([], 2, buckets=[3]))
gstack = mx.gluon.rnn.HybridSequentialRNNCell()
gstack.add(mx.gluon.rnn.BidirectionalCell(mx.gluon.rnn.GRUCell(2), mx.gluon.rnn.GRUCell(2)))
gstack.initialize()
attempt("step a gluon stack holding a bidirectional cell",
        lambda: gstack(mx.nd.ones((2, 3)), gstack.begin_state(batch_size=2)))
