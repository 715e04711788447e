"""Behaviours MXNet 1.x's own operator/ndarray unit tests rely on (one section per gap found)."""
import numpy as np
import mxnet as mx


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:       # the error class is part of the behaviour
        print(label, type(e).__name__)


# a head gradient of any shape is accepted when the backward never reads it (shape_array, size_array)
def head_grad_unread(op, sym):
    x = mx.nd.array(np.arange(6).reshape(2, 3)); x.attach_grad()
    with mx.autograd.record():
        y = op(x)
    y.backward(mx.nd.ones((2, 3, 4)))
    g = mx.nd.empty((2, 3))
    exe = sym(mx.sym.var('x')).bind(mx.cpu(), args={'x': x}, args_grad={'x': g})
    exe.forward(is_train=True)
    exe.backward([mx.nd.ones((4, 5))])
    return x.grad.asnumpy().tolist(), g.asnumpy().tolist()


attempt("shape_array", lambda: head_grad_unread(mx.nd.shape_array, mx.sym.shape_array))
attempt("size_array", lambda: head_grad_unread(mx.nd.size_array, mx.sym.size_array))
attempt("relu wrong head", lambda: head_grad_unread(mx.nd.relu, mx.sym.relu))


# partial shape inference: a sliced axis of unknown size stays unknown (0; -1 under NumPy shape semantics)
def sliced(data, **kw):
    return mx.sym.slice(data, **kw).infer_shape_partial()[1]


v = mx.sym.var("data", shape=(0, 20))
attempt("slice partial", lambda: sliced(v, begin=(None, 3), end=(5, 10)))
attempt("slice partial step", lambda: sliced(v, begin=(2, 3), end=(None, 10), step=(3, 3)))
attempt("slice_axis partial", lambda: mx.sym.slice_axis(v, axis=0, begin=0, end=5).infer_shape_partial()[1])
attempt("slice_axis known", lambda: mx.sym.slice_axis(mx.sym.var("d", shape=(10, 0)), axis=0, begin=0,
                                                      end=5).infer_shape_partial()[1])
with mx.np_shape():
    w = mx.sym.var("data", shape=(-1, 20))
    attempt("np slice partial", lambda: sliced(w, begin=(None, 3), end=(5, 10)))
    attempt("np relu partial", lambda: mx.sym.relu(w).infer_shape_partial())
    attempt("np sum partial", lambda: mx.sym.sum(w, axis=1).infer_shape_partial()[1])


# legacy shape semantics: an op on an input with a 0 dimension fails unless its output size ignores it
empty = mx.nd.array(np.zeros((2, 0)))
attempt("relu of empty", lambda: mx.nd.relu(empty).shape)
attempt("empty + empty", lambda: (empty + empty).shape)
attempt("empty + 1", lambda: (empty + 1).shape)
attempt("sum of empty", lambda: mx.nd.sum(empty).asnumpy().tolist())
attempt("sum axis 1 of empty", lambda: mx.nd.sum(empty, axis=1).asnumpy().tolist())
attempt("concat of empty", lambda: mx.nd.concat(empty, empty, dim=0).shape)
attempt("depth_to_space of empty", lambda: mx.nd.depth_to_space(mx.nd.array(np.zeros((1, 4, 0, 3))), 2).shape)
attempt("space_to_depth of empty", lambda: mx.nd.space_to_depth(mx.nd.array(np.zeros((1, 0, 2, 4))), 2).shape)
attempt("shape_array of empty", lambda: mx.nd.shape_array(empty).asnumpy().tolist())
with mx.np_shape():
    attempt("np_shape relu of empty", lambda: mx.nd.relu(mx.nd.array(np.zeros((2, 0)))).shape)


# 1-D max pooling with pooling_convention='same': shape ceil(n / stride) with pad=(0, 0, 0), the values unreadable
signal = mx.nd.array(np.arange(10.0).reshape(1, 1, 10))


def same_pool(**kw):
    return mx.nd.Pooling(signal, pool_type="max", pooling_convention="same", **kw)


attempt("same pool shape", lambda: same_pool(kernel=2, stride=2, pad=(0, 0, 0)).shape)
attempt("same pool values", lambda: same_pool(kernel=3, stride=2, pad=(0, 0, 0)).asnumpy())
attempt("same pool unit window", lambda: same_pool(kernel=1, stride=1, pad=(0, 0, 0)).asnumpy().tolist())
attempt("same pool global", lambda: same_pool(kernel=3, stride=2, pad=(0, 0, 0), global_pool=True).asnumpy().tolist())
for pad in [None, (2,), (0, 0), (0, 0, 0, 1)]:
    attempt(f"same pool pad {pad}", lambda: same_pool(kernel=2, stride=2, **({} if pad is None else {"pad": pad})).shape)


# linalg.potrf / potri with lower=False: the upper factor U (A = U^T U), its gradients
spd = np.array([[9., 3., -6.], [3., 26., -7.], [-6., -7., 9.]])
for lower in (True, False):
    a = mx.nd.array(spd, dtype="float64"); a.attach_grad()
    with mx.autograd.record():
        u = mx.nd.linalg.potrf(a, lower=lower)
    u.backward(mx.nd.array(np.arange(9.0).reshape(3, 3), dtype="float64"))
    print("potrf", lower, u.asnumpy().round(6).tolist(), a.grad.asnumpy().round(6).tolist())
    f = mx.nd.array(u.asnumpy(), dtype="float64"); f.attach_grad()
    with mx.autograd.record():
        inv = mx.nd.linalg.potri(f, lower=lower)
    inv.backward(mx.nd.array(np.arange(9.0).reshape(3, 3), dtype="float64"))
    print("potri", lower, inv.asnumpy().round(6).tolist(), f.grad.asnumpy().round(6).tolist())


# an executor's outputs have their inferred dtypes from the bind on (before any forward)
x32 = mx.sym.var("x", dtype=np.float32)
for op in (mx.sym.Cast, mx.sym.amp_cast):
    exe = op(x32, dtype=np.float16).bind(mx.cpu(), {"x": mx.nd.ones((2,))})
    print(op.__name__, exe.outputs[0].dtype.__name__, exe.forward()[0].dtype.__name__)
exe = mx.sym.Group([mx.sym.argmax(x32, axis=0), x32 + 1]).simple_bind(mx.cpu(), x=(2, 3))
print("group", [o.dtype.__name__ for o in exe.outputs])


# integer outputs: the head gradient is taken in the output's type; integer mod/div/pow gradients as MXNet's
a_int, b_int = mx.sym.cast(mx.sym.var("a"), dtype="int32"), mx.sym.cast(mx.sym.var("b"), dtype="int32")
for label, expr in [("mod", a_int % b_int), ("div", a_int / b_int), ("pow", mx.sym.broadcast_power(a_int, b_int)),
                    ("mul", a_int * b_int), ("mod scalar", a_int % 3), ("times two", a_int * 2)]:
    grads = {n: mx.nd.zeros((4,)) for n in expr.list_arguments()}
    values = {"a": mx.nd.array([5, 7, 9, 11]), "b": mx.nd.array([3, 3, 4, 4])}
    exe = expr.bind(mx.cpu(), {n: values[n] for n in expr.list_arguments()}, args_grad=grads)
    exe.forward(is_train=True)
    exe.backward([mx.nd.array([0.7, 2.0, 3.5, -1.7])])
    print("int grads", label, {n: g.asnumpy().tolist() for n, g in sorted(grads.items())})


# arange(infer_range=True) in a graph: its length comes from the graph around it
open_range = mx.sym.arange(start=0, stop=None, infer_range=True)
attempt("open range alone", lambda: open_range.infer_shape_partial())
attempt("open range infer", lambda: mx.sym.elemwise_add(open_range, mx.sym.zeros(shape=[5])).infer_shape())
attempt("open range run", lambda: mx.sym.elemwise_add(open_range, mx.sym.zeros(shape=[5])).bind(
    mx.cpu(), args={}).forward()[0].asnumpy().tolist())
stepped = mx.sym.elemwise_add(mx.sym.arange(start=2, step=0.5, infer_range=True, repeat=2), mx.sym.var("x"))
attempt("open range repeat", lambda: stepped.bind(mx.cpu(), {"x": mx.nd.zeros((6,))}).forward()[0].asnumpy().tolist())


# norm(out_dtype=...) other than the input's: only with MXNET_SAFE_ACCUMULATION=1 (else reading it fails)
import os
rows = np.array([[1.5, -2.25, 3.0], [0.5, 4.0, -1.0]])
for acc in ("1", "0"):
    os.environ["MXNET_SAFE_ACCUMULATION"] = acc
    for dt, od in [("float16", "float32"), ("float32", "float64"), ("float64", "float16"), ("float32", "float32")]:
        norm_sym = mx.sym.norm(mx.sym.var("d"), ord=2, axis=1, out_dtype=od, keepdims=True)

        def run_norm():
            exe = norm_sym.simple_bind(mx.cpu(), d=(2, 3), type_dict={"d": dt})
            out = exe.forward(is_train=True, d=mx.nd.array(rows, dtype=dt))[0]
            exe.backward([mx.nd.ones((2, 1), dtype=od)])
            return (out.dtype.__name__, np.round(out.asnumpy().ravel().astype(np.float64), 4).tolist(), exe.grad_dict["d"].dtype.__name__,
                    exe.grad_dict["d"].asnumpy().astype(np.float64).round(2).tolist())
        attempt(f"norm acc{acc} {dt}->{od}", run_norm)
os.environ.pop("MXNET_SAFE_ACCUMULATION")


# an empty array's indexing and reshape method are not operators in MXNet: they work
attempt("empty[0]", lambda: empty[0].shape)
attempt("empty[0:1]", lambda: empty[0:1].shape)
attempt("empty.reshape", lambda: empty.reshape((2, 0)).shape)
attempt("empty.T", lambda: empty.T.shape)


# shape inference ignores dtypes it does not know yet: a float64-output norm times a plain variable
os.environ["MXNET_SAFE_ACCUMULATION"] = "1"
wide_norm = mx.sym.norm(mx.sym.var("data"), ord=2, axis=1, out_dtype="float64", keepdims=True)
attempt("norm times var shapes", lambda: (wide_norm * mx.sym.var("y")).infer_shape(data=(3, 4), y=(3, 1)))
os.environ.pop("MXNET_SAFE_ACCUMULATION")
attempt("mean of empty", lambda: mx.nd.mean(empty).asnumpy().tolist())
