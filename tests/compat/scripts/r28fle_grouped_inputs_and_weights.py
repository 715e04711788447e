"""Legacy mx.rnn cells given a grouped symbol to unroll (nnvm's composition refusal, its log line included), the
first missing per-gate array a pack_weights names, and the data of a residual cell's split left unknown by partial
shape inference."""
# recorded on AVX2
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S, R = mx.sym, mx.rnn


def logged(e):
    """The exception's class and text, without the time of day nnvm's log line starts with."""
    text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).strip()
    return f"{type(e).__name__}: {text}"


CELLS = {"rnn": lambda: R.RNNCell(3), "lstm": lambda: R.LSTMCell(2), "fused": lambda: R.FusedRNNCell(2, mode="gru"),
         "bi": lambda: R.BidirectionalCell(R.GRUCell(2, prefix="l_"), R.GRUCell(2, prefix="r_")),
         "resid": lambda: R.ResidualCell(R.RNNCell(2))}
for name, make in CELLS.items():
    for length, merge in ((1, None), (3, True), (3, False)):
        group = S.Group([S.Variable(f"t{i}") for i in range(length)])
        try:
            outs, _ = make().unroll(length, group, merge_outputs=merge)
            shapes = S.Group(outs if isinstance(outs, list) else [outs]).infer_shape_partial()[1]
            print(name, length, merge, "->", shapes)
        except Exception as e:
            print(name, length, merge, logged(e))
g = S.Group([S.Variable("a"), S.Variable("b")])
for label, make in [("keyword", lambda: S.FullyConnected(data=g, num_hidden=2)), ("position", lambda: S.Concat(g, g)),
                    ("second", lambda: S.Concat(S.Variable("c"), g)), ("call", lambda: (S.Variable("x") + 1)(x=g))]:
    try:
        make()
    except Exception as e:
        print(label, logged(e))

PACKED = {"lstm": (lambda: R.LSTMCell(2, prefix="l_"), ["l_i2h_i_weight"]),
          "lstm2": (lambda: R.LSTMCell(2, prefix="l_"), ["l_i2h_i_weight", "l_i2h_i_bias", "l_i2h_f_bias"]),
          "gru": (lambda: R.GRUCell(2, prefix="g_"), ["g_i2h_r_weight", "g_i2h_r_bias", "g_i2h_z_weight"]),
          "gru_h2h": (lambda: R.GRUCell(2, prefix="g_"),
                      [f"g_i2h{k}_{w}" for k in ("_r", "_z", "_o") for w in ("weight", "bias")] + ["g_h2h_r_weight"]),
          "rnn": (lambda: R.RNNCell(2, prefix="r_"), ["r_i2h_weight"])}
for name, (make, present) in PACKED.items():
    try:
        print(name, sorted(make().pack_weights({k: mx.nd.ones((2, 2)) for k in present})))
    except Exception as e:
        print(name, type(e).__name__, e)

# a split whose outputs are known tells nothing of data of unknown rank; data of known rank is filled
d, b = S.Variable("data"), S.Variable("b")
for squeeze in (0, 1):
    for axis in (0, 1, -1):
        for given in ({"b": (3, 4)}, {"b": (0, 4)}, {"b": (3, 4), "data": (0, 2, 4)}, {"b": (0, 4), "data": (0, 2, 0)}):
            net = S.elemwise_add(S.split(d, num_outputs=2, axis=axis, squeeze_axis=squeeze)[0], b)
            try:
                print("split", squeeze, axis, given, net.infer_shape_partial(**given)[0])
            except Exception as e:
                print("split", squeeze, axis, given, type(e).__name__)
for layout, data in (("NTC", (2, 3, 4)), ("TNC", (3, 2, 4))):
    for merge in (True, False):
        outs, _ = R.ResidualCell(R.GRUCell(4)).unroll(3, S.Variable("data"), layout=layout, merge_outputs=merge)
        net = S.Group(outs if isinstance(outs, list) else [outs])
        print("residual", layout, merge, net.infer_shape_partial()[0], net.infer_shape(data=data)[1])
