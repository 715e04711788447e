"""nd.RNN counts missing inputs by mode and flags, sizes projected states and parameters for any mode, and names the types of missing size attributes, as MXNet."""
import re

import mxnet as mx
from mxnet import nd


def essential(e):
    """The check's own words: the last line of MXNet's message, without the error class and source location."""
    text = [l for l in str(e).splitlines() if l.strip()][-1 if "Traceback" in str(e) else 0]
    text = text.split("MXNetError: ")[-1]
    shape = re.search(r"Shape inconsistent, Provided = \[[^]]*\], inferred shape=\([^)]*\)", text)
    if shape:
        return shape.group(0)
    for cut in (" instead", ", in operator", " (RNN"):
        text = text.split(cut)[0]
    return text


def show(label, f):
    try:
        out = f()
        print(label, [o.shape for o in out] if isinstance(out, list) else out.shape)
    except mx.base.MXNetError as e:
        print(label, "MXNetError", essential(e))


x, ones = nd.ones((3, 2, 2)), nd.ones
show("lstm, no state", lambda: nd.RNN(x, ones((48,)), state_size=2, num_layers=1, mode="lstm"))
show("gru, no state", lambda: nd.RNN(x, ones((36,)), state_size=2, num_layers=1, mode="gru"))
show("gru lengths, no state", lambda: nd.RNN(x, ones((36,)), state_size=2, num_layers=1, mode="gru",
                                            use_sequence_length=True))
show("lstm, state_cell only", lambda: nd.RNN(data=x, parameters=ones((48,)), state_cell=ones((1, 2, 2)),
                                            state_size=2, num_layers=1, mode="lstm"))
show("dot, one input", lambda: nd.dot(ones((2, 2))))
for op in ("SequenceMask", "SequenceLast", "SequenceReverse"):
    show(f"{op}, lengths without the flag", lambda: getattr(nd, op)(ones((3, 2)), nd.array([1, 2])))
    show(f"{op}, flag without lengths", lambda: getattr(nd, op)(ones((3, 2)), use_sequence_length=True))
show("FullyConnected, data only", lambda: nd.FullyConnected(ones((2, 2)), num_hidden=2))
show("FullyConnected no_bias, data only", lambda: nd.FullyConnected(ones((2, 2)), num_hidden=2, no_bias=True))
show("BatchNorm, data only", lambda: nd.BatchNorm(ones((2, 2))))
for mode in ("gru", "rnn_tanh", "rnn_relu"):
    for size in (36, 30, 1):
        show(f"{mode} projected, {size} parameters", lambda: nd.RNN(x, ones((size,)), ones((1, 2, 1)), state_size=2,
                                                                   num_layers=1, mode=mode, projection_size=1))
    show(f"{mode} projected, unprojected state", lambda: nd.RNN(x, ones((36,)), ones((1, 2, 2)), state_size=2,
                                                               num_layers=1, mode=mode, projection_size=1))
show("lstm projected 0", lambda: nd.RNN(x, ones((48,)), ones((1, 2, 2)), ones((1, 2, 2)), state_size=2, num_layers=1,
                                        mode="lstm", projection_size=0))
show("no state_size", lambda: nd.RNN(x, ones((36,)), ones((1, 2, 2)), num_layers=1, mode="gru"))
show("no num_layers", lambda: nd.RNN(x, ones((36,)), ones((1, 2, 2)), state_size=2, mode="gru"))
half = [a.astype("float16") for a in (x, ones((36,)), ones((1, 2, 2)))]
show("float16 gru", lambda: nd.RNN(*half, state_size=2, num_layers=1, mode="gru").asnumpy())
for mode in ("gru", "rnn_relu", "lstm"):
    s = mx.sym.RNN(mx.sym.Variable("data"), state_size=2, num_layers=2, bidirectional=True, mode=mode,
                   projection_size=1, state_outputs=True, name="r")
    print(mode, "projected, unknown batch", s.infer_shape_partial(data=(3, 0, 4))[:2])
    print(mode, "projected", s.infer_shape(data=(3, 2, 4))[:2])
