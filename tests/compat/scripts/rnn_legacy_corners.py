# Legacy mx.rnn corners: encode_sentences options, BucketSentenceIter buckets/layouts/dtypes (an empty bucket
# list fails as in MXNet), and the output names of a one-step FusedRNNCell unrolled from a list.
import random

import mxnet as mx
import numpy as np

sents = [["a", "b", "c"], ["b", "c"], ["d", "a", "b", "c", "e"], ["x"], ["a"] * 7, ["c", "d", "e", "f"]]
for kw in ({}, dict(invalid_label=0, start_label=1), dict(vocab={"a": 5, "b": 6}, unknown_token="<unk>"),
           dict(invalid_key="\n", start_label=3), dict(vocab={"a": 1})):
    try:
        enc, vocab = mx.rnn.encode_sentences(sents, **kw)
        print(enc, sorted(vocab.items()))
    except Exception as e:
        print(type(e).__name__)
enc, vocab = mx.rnn.encode_sentences(sents, invalid_label=-1, start_label=0)
for kw in (dict(buckets=[2, 4, 8]), dict(buckets=None), dict(buckets=[3, 5], layout="TN"),
           dict(buckets=[5, 8], data_name="d", label_name="l", dtype="int32"), dict(buckets=[1])):
    np.random.seed(0)
    random.seed(0)
    try:
        it = mx.rnn.BucketSentenceIter(enc, 2, invalid_label=-1, **kw)
        print("default", it.default_bucket_key, it.provide_data, it.provide_label, it.buckets)
        for b in it:
            print(b.bucket_key, b.data[0].asnumpy().tolist(), b.label[0].asnumpy().tolist(), b.provide_data, b.pad)
        it.reset()
        print("after reset", [b.bucket_key for b in it])
    except Exception as e:
        print(type(e).__name__)

for get_next_state in (False, True):
    with mx.name.NameManager():
        cell = mx.rnn.FusedRNNCell(3, num_layers=2, mode="gru", get_next_state=get_next_state, prefix="f_")
        outs, states = cell.unroll(1, [mx.sym.Variable("t0_data")], layout="NTC", merge_outputs=False)
        print(mx.sym.Group(outs + states).list_outputs(), [o.list_outputs() for o in outs])


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:      # MXNet's legacy cells assert; a bad fused mode fails only where it is used
        print(label, type(e).__name__)


fused = mx.rnn.FusedRNNCell(3, mode="foo", prefix="bad_")
attempt("fused bad mode", lambda: fused.state_info)
attempt("fused bad mode gates", lambda: fused._gate_names)
attempt("fused bad mode unroll", lambda: fused.unroll(2, mx.sym.var("d")))
attempt("fused bad mode unfuse", lambda: fused.unfuse())
attempt("fused bad layout", lambda: mx.rnn.FusedRNNCell(3).unroll(2, mx.sym.var("d"), layout="NCT"))
attempt("conv even kernel", lambda: mx.rnn.ConvRNNCell((1, 2, 3, 3), 2, h2h_kernel=(2, 2)))
attempt("unroll none", lambda: mx.rnn.LSTMCell(2).unroll(2, None))
attempt("unroll length", lambda: mx.rnn.LSTMCell(2).unroll(3, [mx.sym.var("a"), mx.sym.var("b")]))
attempt("unroll group", lambda: mx.rnn.LSTMCell(2).unroll(2, mx.sym.Group([mx.sym.var("a"), mx.sym.var("b")])))
attempt("dropout str", lambda: mx.rnn.DropoutCell("x"))
attempt("bi step", lambda: mx.rnn.BidirectionalCell(mx.rnn.LSTMCell(2), mx.rnn.LSTMCell(2))(mx.sym.var("a"), []))
inner = mx.rnn.LSTMCell(2)
mx.rnn.ZoneoutCell(inner, 0.1, 0.1)
attempt("modified begin_state", lambda: inner.begin_state())
attempt("fused step", lambda: mx.rnn.FusedRNNCell(3)(mx.sym.var("a"), []))
attempt("sequential params", lambda: mx.rnn.SequentialRNNCell(params=mx.rnn.RNNParams("x_")).add(
    mx.rnn.LSTMCell(2, params=mx.rnn.RNNParams("y_"))))
