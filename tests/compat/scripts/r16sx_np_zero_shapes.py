"""Zero sizes in shapes given to simple_bind: unknown under legacy shape semantics, real sizes under NumPy's."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        if type(e).__name__ != "RuntimeError":
            print(label, "->", words(e))
        else:          # simple_bind: the shapes given, then MXNet's check
            print(label, "->", type(e).__name__, "cannot decide shapes" in str(e))


def cases(tag):
    x, w = mx.sym.Variable("x"), mx.sym.Variable("w")
    nets = {"mul": x * 2, "add": x + w, "sum": mx.sym.sum(x), "reshape": mx.sym.reshape(x, shape=(-1,)),
            "concat": mx.sym.concat(x, w, dim=0), "relu": mx.sym.relu(x), "transpose": mx.sym.transpose(x)}
    for shape in [(0,), (0, 3), (2, 0)]:
        for name, net in nets.items():
            given = {k: shape for k in net.list_arguments()}
            def bound():
                ex = net.simple_bind(mx.cpu(), **given)
                return [a.shape for a in ex.arg_arrays], [o.shape for o in ex.outputs], ex.forward()[0].shape
            attempt(f"{tag} {name} {shape}", bound)
            attempt(f"{tag} {name} {shape} infer", lambda: net.infer_shape_partial(**given))


cases("legacy")
with mx.util.np_shape(True):
    cases("np_shape")
mx.npx.set_np()
x = mx.sym.var("x").as_np_ndarray()
for shape in [(0,), (0, 2), (3, 0)]:
    for name, net in {"mul": x * 2, "sum": x.sum(), "T": x.T, "mean0": x.mean(axis=0)}.items():
        def bound():
            ex = net.simple_bind(mx.cpu(), x=shape)
            return [o.shape for o in ex.outputs], ex.forward()[0].shape
        attempt(f"np {name} {shape}", bound)
