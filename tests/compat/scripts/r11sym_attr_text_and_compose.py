"""Symbol attributes given as text or as an int for a shape are parsed for computing and written back as given;
composition and symbol-function argument errors, negative output indices and simple_bind's shared buffer."""
import json
import re

import mxnet as mx
import numpy as np

S = mx.sym
x = S.var("x")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # noqa: BLE001 - the exception type and message are compared
        message = re.sub(r"^\[[\d:]+\] \S+:\d+: ", "", str(e).split("\n")[0])     # no C++ source position
        print(label, "raised", type(e).__name__, message[:160])


def written_and_run(sym, shape):
    attrs = json.loads(sym.tojson())["nodes"][-1].get("attrs")
    arg_shapes, out_shapes, aux_shapes = sym.infer_shape(x=shape)
    args = {n: mx.nd.ones(s) for n, s in zip(sym.list_arguments(), arg_shapes)}
    args["x"] = mx.nd.array(np.arange(np.prod(shape)).reshape(shape) % 5)
    out = sym.bind(mx.cpu(), args, aux_states=[mx.nd.ones(s) for s in aux_shapes]).forward()[0]
    return attrs, out_shapes, out.asnumpy().tolist()


for label, make, shape in [
        ("conv text kernel", lambda: S.Convolution(x, kernel="(3, 3)", num_filter="2", pad="(1,1)", name="c0"), (1, 1, 3, 3)),
        ("conv list text", lambda: S.Convolution(x, kernel="[2, 2]", num_filter=1, no_bias="True", name="c1"), (1, 1, 3, 3)),
        ("conv int kernel", lambda: S.Convolution(x, kernel=2, num_filter=1, name="c2"), (1, 1, 4)),
        ("deconv text", lambda: S.Deconvolution(x, kernel="(2, 2)", num_filter=1, stride="(2,2)", adj="(1,1)",
                                                name="d0"), (1, 1, 2, 2)),
        ("transpose text axes", lambda: S.transpose(x, axes="(1, 0)", name="t0"), (2, 3)),
        ("fc text", lambda: S.FullyConnected(x, num_hidden="3", flatten="False", no_bias="1", name="f0"), (2, 2, 2)),
        ("embedding text", lambda: S.Embedding(x, input_dim="5", output_dim="2", name="e0"), (2, 2)),
        ("batchnorm text", lambda: S.BatchNorm(x, eps="1e-3", fix_gamma="False", use_global_stats="1", name="b0"),
         (2, 3))]:
    attempt(label, lambda: written_and_run(make(), shape))

net = S.FullyConnected(S.var("data"), num_hidden=4, name="f1")
a, b = S.var("a"), S.var("b")
attempt("compose mixed", lambda: net(a, data=b))
attempt("compose non-symbol", lambda: net(data=3))
attempt("compose positional", lambda: net(a, b))
attempt("compose positional group", lambda: net(S.Group([a, b])))
attempt("compose keyword group", lambda: net(zz=S.Group([a, b])))
attempt("compose unknown", lambda: net(zz=a, yy=b))
attempt("compose variable", lambda: a(a=b))
attempt("compose ok", lambda: net(data=a, f1_weight=b).list_arguments())

W = S.var("W")
attempt("input twice", lambda: S.FullyConnected(x, W, num_hidden=2, weight=W))
attempt("None input twice", lambda: S.FullyConnected(x, None, None, 3, weight=W))
attempt("attribute twice", lambda: S.sum(x, 1, axis=1))
attempt("name twice", lambda: S.exp(x, "e", name="f"))
print("counter untouched", S.exp(x).name)

group = S.Group([net, S.split(x, num_outputs=3)])
for index in (-1, -2):
    attempt(f"index {index}", lambda: group[index])

loss = S.sum(S.square(S.FullyConnected(x, num_hidden=2, name="fc") - S.var("y")))
buffer = {"fc_weight": mx.nd.ones((2, 3)) * 3, "x": mx.nd.ones((8,)) * 7, "y": mx.nd.ones((1,))}
ex = loss.simple_bind(mx.cpu(), shared_buffer=buffer, x=(2, 3), y=(2, 2))
ex.arg_dict["x"][:] = 8
print("buffer keys", sorted(buffer))
print("reused weight", ex.arg_dict["fc_weight"].asnumpy().tolist())
print("view of a bigger x", buffer["x"].asnumpy().tolist())
print("grown y", buffer["y"].shape)
shared = {}
first = loss.simple_bind(mx.cpu(), shared_buffer=shared, shared_arg_names=["fc_weight", "fc_bias"], x=(4, 3), y=(4, 2))
second = loss.simple_bind(mx.cpu(), shared_buffer=shared, shared_arg_names=["fc_weight", "fc_bias"], shared_exec=first,
                          x=(2, 3), y=(2, 2))
first.arg_dict["fc_weight"][:] = 6
print("parameters from the shared executor", sorted(shared), second.arg_dict["fc_weight"].asnumpy().tolist())
attempt("buffer dtype", lambda: loss.simple_bind(mx.cpu(), shared_buffer={"x": mx.nd.ones((6,), dtype="float64")},
                                                 x=(2, 3), y=(2, 2)))
