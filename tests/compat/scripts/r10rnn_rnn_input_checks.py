"""The RNN operator and layers check the input count, data rank, uniform types, then floating types, as MXNet."""
import mxnet as mx
from mxnet import nd, gluon


def show(label, f):
    try:
        out = f()
        print(label, out.shape, out.dtype)
    except mx.base.MXNetError as e:
        lines = [l for l in str(e).splitlines() if "Check failed" in l or "floating point" in l]
        text = lines[0] if lines else str(e).splitlines()[0]
        text = text[text.find("Check failed") if "Check failed" in text else text.find("This"):]
        print(label, "MXNetError", text.split(" instead")[0][:120])


x, params, state = nd.ones((3, 2, 4)), nd.ones((108,)), nd.zeros((1, 2, 3))
show("lstm without cell state", lambda: nd.RNN(x, params, state, state_size=3, num_layers=1, mode="lstm"))
show("lstm lengths missing", lambda: nd.RNN(x, params, state, state, state_size=3, num_layers=1, mode="lstm",
                                            use_sequence_length=True))
show("gru with a cell state", lambda: nd.RNN(x, params, state, state, state_size=3, num_layers=1, mode="gru"))
show("int32 data, float32 parameters", lambda: nd.RNN(x.astype("int32"), params, state, state,
                                                      state_size=3, num_layers=1, mode="lstm"))
show("int32 everywhere", lambda: nd.RNN(x.astype("int32"), params.astype("int32"), state.astype("int32"),
                                        state.astype("int32"), state_size=3, num_layers=1, mode="lstm"))
show("2-D data", lambda: nd.RNN(nd.ones((3, 4)), params, state, state, state_size=3, num_layers=1, mode="lstm"))
for hybrid in (False, True):
    net = gluon.rnn.GRU(3, input_size=4)
    net.initialize()
    if hybrid:
        net.hybridize()
    show(f"GRU input_size=4 hybrid={hybrid} 4-D data", lambda: net(nd.ones((3, 2, 4, 1))))
for cls in (gluon.rnn.LSTM, gluon.rnn.GRU, gluon.rnn.RNN):
    for input_size in (0, 4):
        for hybrid in (False, True):
            net = cls(3, input_size=input_size)
            net.initialize()
            if hybrid:
                net.hybridize()
            show(f"{cls.__name__} input_size={input_size} hybrid={hybrid} uint8", lambda: net(x.astype("uint8")))
