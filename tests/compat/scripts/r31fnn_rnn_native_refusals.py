"""RNN options MXNet's native CPU kernel refuses (LSTM state clipping, use_sequence_length) fail with MXNet's words and source lines, at the call or on reading, NDArray, graph and Gluon."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, sym, gluon


def show(label, e):
    print(label, type(e).__name__, " | ".join(str(e).splitlines()))


x = nd.ones((2, 1, 2), dtype="float64")
p = nd.ones((4 * 3 * 2 + 4 * 3 * 3 + 24,), dtype="float64")
h = nd.ones((1, 1, 3), dtype="float64")
c = nd.ones((1, 1, 3), dtype="float64")
for kw in [dict(lstm_state_clip_min=-1.0, lstm_state_clip_max=1.0), dict(use_sequence_length=True)]:
    ins = [x, p, h, c] + ([nd.ones((1,), dtype="int32")] if "use_sequence_length" in kw else [])
    try:
        y = nd.RNN(*ins, mode="lstm", state_size=3, num_layers=1, **kw)
        print(sorted(kw), "shape", y.shape)
        print(y.asnumpy().shape)
    except Exception as e:
        show(sorted(kw), e)
    names = ["data", "parameters", "state", "state_cell"] + (["sequence_length"] if len(ins) == 5 else [])
    s = sym.RNN(*[sym.var(n) for n in names], mode="lstm", state_size=3, num_layers=1, name="rnn", **kw)
    try:
        ex = s.bind(mx.cpu(), dict(zip(names, ins)))
        print("graph", ex.forward()[0].asnumpy().shape)
    except Exception as e:
        show("graph", e)

layer = gluon.rnn.LSTM(3, input_size=2, state_clip_min=-1.0, state_clip_max=1.0, state_clip_nan=True)
layer.initialize()
layer.cast("float64")
try:
    print("gluon", layer(x).shape)
except Exception as e:
    show("gluon", e)
