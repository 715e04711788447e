"""Executors bound without gradients on cpu(0) lose the Dropouts MXNet's subgraph pass merges into the op before them, even in a training forward."""
# recorded on AVX2
import mxnet as mx
import numpy as np
from _words import words

sym, nd = mx.sym, mx.nd
x = sym.var("x")
D = lambda s, p=0.5: sym.Dropout(s, p=p)      # noqa: E731
CASES = {
    "D(x*2)": lambda: D(x * 2),
    "D(x*2) training": lambda: sym.Dropout(x * 2, p=0.3, mode="training"),
    "D(x*2) always": lambda: sym.Dropout(x * 2, p=0.3, mode="always"),
    "D(x)": lambda: D(x),
    "D(D(x*2))": lambda: D(D(x * 2, 0.3)),
    "D(D(D(x*2)))": lambda: D(D(D(x * 2, 0.3))),
    "D(D(relu(D(x*2))))": lambda: D(D(sym.relu(D(x * 2, 0.3)))),
    "Group(D(y), y)": lambda: (lambda y: sym.Group([D(y), y]))(x * 2),
    "Group(D(y), D(y))": lambda: (lambda y: sym.Group([D(y), D(y)]))(x * 2),
    "D(y) + y": lambda: (lambda y: D(y) + y)(x * 2),
    "D(y) + D(y)": lambda: (lambda y: D(y) + D(y))(x * 2),
    "D(split[1])": lambda: D(sym.split(sym.reshape(x, shape=(2, 4)), num_outputs=2, axis=0)[1]),
    "identity(D(x*2))": lambda: sym.identity(D(x * 2)),
    "D(identity(x*2))": lambda: D(sym.identity(x * 2)),
    "relu(D(fc))": lambda: sym.relu(D(sym.FullyConnected(sym.reshape(x, shape=(2, 4)), num_hidden=4, name="fc"))),
    "D(x*2)*3": lambda: D(x * 2, 0.3) * 3,
}


def run(label, how, dtype="float32", ctx=mx.cpu()):
    mx.random.seed(0)
    y = CASES[label]()
    try:
        if how == "simple_bind":
            ex = y.simple_bind(ctx, x=(8,), grad_req="null", type_dict={"x": dtype})
            ex.arg_dict["x"][:] = 1
        else:
            args = {n: nd.ones(s, ctx, dtype=dtype) for n, s in zip(y.list_arguments(), y.infer_shape(x=(8,))[0])}
            grads = {"x": nd.zeros((8,), ctx, dtype=dtype)} if how == "bind+null grads" else None
            ex = y.bind(ctx, args, args_grad=grads, grad_req="null" if grads else "write")
        outs = ex.forward(is_train=True)
        print(label, how, dtype, ctx, [o.asnumpy().ravel().tolist() for o in outs])
        print("  ops:", [line[3:] for line in ex.debug_str().splitlines() if line.startswith("Op:")])
    except Exception as e:
        print(label, how, dtype, ctx, words(e))


for label in CASES:
    run(label, "simple_bind")
    run(label, "bind")
for label in ("D(x*2)", "D(D(x*2))", "D(y) + y"):
    run(label, "simple_bind", "float64")
    run(label, "simple_bind", "float16")
    run(label, "simple_bind", ctx=mx.cpu(1))
    run(label, "bind+null grads")

mx.random.seed(1)
net = sym.FullyConnected(sym.Dropout(sym.FullyConnected(sym.var("data"), num_hidden=4, name="fc1"), p=0.5),
                         num_hidden=2, name="fc2")
mod = mx.mod.Module(net, label_names=None)
mod.bind([("data", (2, 3))], for_training=False)
mod.init_params(mx.init.One())
mod.forward(mx.io.DataBatch([nd.ones((2, 3))]), is_train=True)
print("module", mod.get_outputs()[0].asnumpy().tolist())
