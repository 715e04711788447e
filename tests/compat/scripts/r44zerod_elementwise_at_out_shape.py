"""A 0-d legacy array given to an elementwise operator with an out= array runs at out='s shape (identity, Cast and SoftmaxActivation fail in their kernels on an out= of another size, reverse on any), and an operator that cannot infer its shape lists out='s shape among its outputs, as MXNet does."""
import mxnet as mx
import numpy as np

nd = mx.nd
z = nd.array(np.float32(0.5))


def show(name, f):
    try:
        r = f()
        print(name, "OK", r.shape, r.asnumpy().ravel()[:1])
    except mx.base.MXNetError as e:
        print(name, str(e).split("Stack trace")[0])


for name in ["exp", "abs", "relu", "sigmoid", "sqrt", "log", "negative", "square", "floor", "round", "sign",
             "zeros_like", "ones_like", "identity", "BlockGrad", "make_loss", "softmax", "softmin", "logical_not",
             "reciprocal", "gamma", "tanh", "smooth_l1", "Cast", "clip", "SoftmaxActivation", "Activation"]:
    kw = {"Cast": dict(dtype="float32"), "clip": dict(a_min=0, a_max=1),
          "Activation": dict(act_type="relu")}.get(name, {})
    for shape in [(1,), (1, 1)]:
        show(f"{name} {shape}", lambda: getattr(nd, name)(z, out=nd.zeros(shape), **kw))
for name in ["identity", "BlockGrad", "Cast", "SoftmaxActivation"]:
    kw = dict(dtype="float32") if name == "Cast" else {}
    for shape in [(2,), (2, 2), (3, 1), (2, 1, 1)]:
        show(f"{name} {shape}", lambda: getattr(nd, name)(z, out=nd.zeros(shape), **kw))
show("SoftmaxActivation channel", lambda: nd.SoftmaxActivation(z, mode="channel", out=nd.zeros((1,))))
show("Cast float16", lambda: nd.Cast(z, dtype="float16", out=nd.zeros((1,), dtype="float16")))
show("Cast float64 into float32", lambda: nd.Cast(z, dtype="float64", out=nd.zeros((1,))))
show("exp into float64", lambda: nd.exp(z, out=nd.zeros((1,), dtype="float64")))
o = nd.zeros((2,))
nd.identity(z, out=o)
print("identity refused when read")
show("read", lambda: o)

for name in ["elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div", "_maximum", "_power", "_hypot",
             "_equal", "_greater", "add_n", "_grad_add"]:
    f = getattr(nd, name, None) or getattr(nd._internal, name)
    show(f"{name} z,z", lambda: f(z, z, out=nd.zeros((1,))))
    show(f"{name} z,one", lambda: f(z, nd.ones((1, 1)) * 3, out=nd.zeros((1, 1))))
    show(f"{name} one,z", lambda: f(nd.ones((1,)) * 3, z, out=nd.zeros((1,))))
    show(f"{name} z,two out=3", lambda: f(z, nd.ones((2,)), out=nd.zeros((3,))))
for name in ["_plus_scalar", "_rminus_scalar", "_power_scalar", "_greater_scalar"]:
    show(name, lambda: getattr(nd._internal, name)(z, scalar=2.0, out=nd.zeros((1,))))
with mx.autograd.record():
    show("recorded exp", lambda: nd.exp(z, out=nd.zeros((1,))))

for name, f in [("reverse 1", lambda o: nd.reverse(z, axis=1, out=o)), ("flip", lambda o: nd.flip(z, axis=-1, out=o))]:
    show(name, lambda: f(nd.zeros((2, 3))))
show("exp zero size", lambda: nd.exp(z, out=nd.array(np.zeros((2, 0)))))
show("elemwise_add zero size", lambda: nd.elemwise_add(z, z, out=nd.array(np.zeros((0,)))))
for name, f in [("sum", lambda o: nd.sum(z, out=o)), ("mean", lambda o: nd.mean(z, axis=0, out=o)),
                ("Dropout", lambda o: nd.Dropout(z, out=o)), ("LeakyReLU", lambda o: nd.LeakyReLU(z, out=o)),
                ("broadcast_add", lambda o: nd.broadcast_add(z, nd.ones((2,)), out=o)),
                ("flatten", lambda o: nd.flatten(z, out=o)), ("where", lambda o: nd.where(z, z, z, out=o)),
                ("dot", lambda o: nd.dot(z, z, out=o)), ("reverse", lambda o: nd.reverse(z, axis=0, out=o))]:
    show(name, lambda: f(nd.zeros((2, 3))))
