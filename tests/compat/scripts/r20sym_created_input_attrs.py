"""The variables an operator creates for inputs it was not given carry the operator's attributes, for the ops
whose attributes declare their inputs (Custom, contrib.SparseEmbedding) as for the others."""
import json

import mxnet as mx
from _words import words

V, S = mx.sym.var, mx.sym


class Times(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * in_data[1])


@mx.operator.register("r20sym_times")
class TimesProp(mx.operator.CustomOpProp):
    def __init__(self, k="1"):
        super().__init__(need_top_grad=True)

    def list_arguments(self):
        return ["data", "w"]

    def list_auxiliary_states(self):
        return ["state"]

    def infer_shape(self, in_shape):
        return in_shape[:2], [in_shape[0]], [in_shape[0]]

    def create_operator(self, ctx, shapes, dtypes):
        return Times()


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def nodes(sym):
    return [(n["name"], n.get("attrs", {})) for n in json.loads(sym.tojson())["nodes"]]


attempt("Custom", lambda: nodes(S.Custom(V("x"), op_type="r20sym_times", k="2", name="c")))
attempt("Custom given w", lambda: nodes(S.Custom(V("x"), V("w", lr_mult=2), op_type="r20sym_times", name="c")))
attempt("Custom attr_dict", lambda: S.Custom(V("x"), op_type="r20sym_times", name="c").attr_dict())
attempt("Custom lists", lambda: (lambda s: (s.list_arguments(), s.list_auxiliary_states()))(
    S.Custom(V("x"), op_type="r20sym_times", name="c")))
for kwargs in [{}, {"deterministic": True}, {"dtype": "float16"}, {"attr": {"__x__": "y"}}, {"__lr_mult__": 2}]:
    attempt(f"SparseEmbedding {kwargs}", lambda: nodes(S.contrib.SparseEmbedding(V("x"), input_dim=3, output_dim=2,
                                                                                 name="se", **kwargs)))
attempt("SparseEmbedding sparse_grad", lambda: S.contrib.SparseEmbedding(V("x"), input_dim=3, output_dim=2,
                                                                         sparse_grad=True))
attempt("SparseEmbedding round trip", lambda: nodes(mx.sym.load_json(
    S.contrib.SparseEmbedding(V("x"), input_dim=3, output_dim=2, name="se").tojson())))
for label, make in [("Embedding", lambda: S.Embedding(V("x"), input_dim=3, output_dim=2, name="e")),
                    ("FullyConnected", lambda: S.FullyConnected(V("x"), num_hidden=3, name="fc")),
                    ("BatchNorm", lambda: S.BatchNorm(V("x"), name="bn", attr={"__x__": "y"})),
                    ("LeakyReLU", lambda: S.LeakyReLU(V("x"), act_type="prelu", name="p")),
                    ("RNN", lambda: S.RNN(V("x"), state_size=1, num_layers=1, mode="rnn_tanh", name="r"))]:
    attempt(label, lambda: nodes(make()))
