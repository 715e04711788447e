"""Inference binds of graphs where a Dropout or identity follows another one that reads a variable."""
# recorded on AVX2
import mxnet as mx
from _words import words

d, x2, w = mx.sym.Variable("data"), mx.sym.Variable("x2"), mx.sym.Variable("w")
D = lambda x: mx.sym.Dropout(x, p=0.5)          # noqa: E731
I = mx.sym.identity                              # noqa: E731
CASES = {
    "D(D)": lambda: D(D(d)), "I(D)": lambda: I(D(d)), "D(I)": lambda: D(I(d)), "I(I)": lambda: I(I(d)),
    "I(I(I))": lambda: I(I(I(d))), "relu(D(D))": lambda: mx.sym.relu(D(D(d))),
    "D(D(relu))": lambda: D(D(mx.sym.relu(d))),
    "D(relu(D))": lambda: D(mx.sym.relu(D(d))), "BlockGrad(D)": lambda: mx.sym.BlockGrad(D(d)),
    "D(BlockGrad)": lambda: D(mx.sym.BlockGrad(d)), "D(Flatten)": lambda: D(mx.sym.Flatten(d)),
    "always(D)": lambda: mx.sym.Dropout(D(d), p=0.5, mode="always"),
    "D(always)": lambda: D(mx.sym.Dropout(d, mode="always")),
    "D(p=0)": lambda: D(mx.sym.Dropout(d, p=0.0)), "two chains": lambda: mx.sym.Group([D(D(d)), I(I(x2))]),
    "same var twice": lambda: mx.sym.Group([D(D(d)), I(I(d))]), "shared I": lambda: D(I(d)) + I(I(d)),
    "fork": lambda: mx.sym.Group([D(D(d)), D(d)]), "weight": lambda: mx.sym.FullyConnected(
        d, weight=D(D(w)), num_hidden=3, no_bias=True),
    "fc(D(D))": lambda: mx.sym.FullyConnected(D(D(d)), num_hidden=2),
    "D(D(fc))": lambda: D(D(mx.sym.FullyConnected(d, num_hidden=3))), "sum": lambda: mx.sym.sum(D(D(d))),
    "softmax out": lambda: mx.sym.SoftmaxOutput(D(D(d)), name="sm"),
    "bn": lambda: mx.sym.BatchNorm(I(I(d)), name="bn"),
}
SHAPES = {"data": (2, 3), "x2": (2, 3), "w": (3, 3)}


def bind(y, how, ctx):
    shapes = {n: s for n, s in SHAPES.items() if n in y.list_arguments()}
    if how.startswith("simple_bind"):
        return y.simple_bind(ctx, grad_req="null" if how == "simple_bind" else {"data": "write"}, **shapes)
    arg_shapes, _, aux_shapes = y.infer_shape(**shapes)
    args = {n: mx.nd.ones(s, ctx) for n, s in zip(y.list_arguments(), arg_shapes)}
    aux = {n: mx.nd.ones(s, ctx) for n, s in zip(y.list_auxiliary_states(), aux_shapes)}
    grads = None if how == "bind" else {"data": mx.nd.zeros((2, 3), ctx)}
    return y.bind(ctx, args, args_grad=grads, aux_states=aux)


for label, make in CASES.items():
    for how in ("simple_bind", "bind", "simple_bind+grad", "bind+grad"):
        try:
            ex = bind(make(), how, mx.cpu())
            print(label, how, ex.forward()[0].asnumpy().ravel()[:3])
        except Exception as e:
            print(label, how, words(e))
for how in ("simple_bind", "bind"):
    ex = bind(I(I(d)), how, mx.cpu(1))
    print("cpu(1)", how, ex.forward()[0].asnumpy().ravel()[:3])
mod = mx.mod.Module(D(D(mx.sym.FullyConnected(d, num_hidden=2, name="fc"))), label_names=None)
mod.bind(data_shapes=[("data", (2, 3))], for_training=False)
print("module", [n for n in mod._exec_group.execs[0].arg_dict])
try:
    mod = mx.mod.Module(mx.sym.FullyConnected(D(D(d)), num_hidden=2, name="fc"), label_names=None)
    mod.bind(data_shapes=[("data", (2, 3))], for_training=False)
except Exception as e:
    print("module", words(e))
