"""Legacy shape semantics: a 0-d NDArray is an unknown shape to every operator (empty arrays to copies and
nd.reshape); NumPy shape mode and mx.np arrays keep 0-d arrays; nd.where has no bool kernel."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, nd.NDArray):
            r = (r.shape, str(r.dtype), r.asnumpy().tolist())
        print(label, "ok", r)
    except Exception as e:      # noqa: BLE001 -- the class and MXNet's key words are what is compared
        text = str(e)
        print(label, type(e).__name__, "inferring shapes failed" in text, "Unknown type enum 7" in text)


a = nd.array(5)
b = nd.array([1.0, 2.0])
print(a.shape, a.asnumpy(), a.asscalar(), a.reshape((1,)).shape, a[()].shape, repr(a).split("<")[1])
show("float(a)", lambda: float(a))
for label, fn in [
        ("sum", lambda: nd.sum(a)), ("exp", lambda: nd.exp(a)), ("a+1", lambda: a + 1), ("1+a", lambda: 1 + a),
        ("1-a", lambda: 1 - a), ("2/a", lambda: 2 / a), ("a**2", lambda: a ** 2), ("-a", lambda: -a),
        ("abs", lambda: abs(a)), ("a*a", lambda: a * a), ("a+b", lambda: a + b), ("b+a", lambda: b + a),
        ("a==1", lambda: a == 1), ("a>a", lambda: a > a), ("mean", lambda: nd.mean(a)), ("norm", lambda: nd.norm(a)),
        ("copy", lambda: a.copy()), ("copyto", lambda: a.copyto(mx.cpu())), ("zeros_like", lambda: nd.zeros_like(a)),
        ("astype", lambda: a.astype("int32")), ("astype_same", lambda: a.astype("float32")),
        ("broadcast_to", lambda: nd.broadcast_to(a, shape=(2,))), ("expand_dims", lambda: a.expand_dims(0)),
        ("nd.reshape", lambda: nd.reshape(a, shape=(1,))), ("a.sum", lambda: a.sum()), ("a.exp", lambda: a.exp()),
        ("nd.add", lambda: nd.add(a, a)), ("elemwise_add", lambda: nd.elemwise_add(a, a)),
        ("relu", lambda: nd.relu(a)), ("dot", lambda: nd.dot(a, a)), ("clip", lambda: a.clip(0, 1)),
        ("flatten", lambda: a.flatten()), ("shape_array", lambda: nd.shape_array(a)),
        ("size_array", lambda: nd.size_array(a)), ("stack", lambda: nd.stack(a, a)),
        ("where", lambda: nd.where(a, a, a)), ("maximum", lambda: nd.maximum(a, 1)), ("squeeze", lambda: a.squeeze()),
        ("np.float32", lambda: nd.array(np.float32(3)) + 1), ("reshape(())", lambda: a.reshape(())),
        ("as_in_context", lambda: a.as_in_context(mx.cpu()))]:
    show(label, fn)


def inplace(op):
    x = nd.array(5)
    return op(x)


show("+=1", lambda: inplace(lambda x: x.__iadd__(1)))
show("*=x", lambda: inplace(lambda x: x.__imul__(x)))
show("b+=a", lambda: b.__iadd__(a))
show("attach_grad", lambda: inplace(lambda x: x.attach_grad()))


def recorded():
    x = nd.array([3.0])
    x.attach_grad()
    with autograd.record():
        y = nd.sum(x * x)
    y.backward()
    return x.grad


show("autograd_1d", recorded)


def np_shape_mode():
    with mx.util.np_shape(True):
        x = nd.array(5)
        c = x.copy()
        x.attach_grad()
        with autograd.record():
            y = x * 2 + 1
        y.backward()
        return nd.concat(x.grad.reshape((1,)), c.reshape((1,)), nd.sum(x).reshape((1,)), nd.exp(x).reshape((1,)),
                         dim=0)


show("np_shape", np_shape_mode)
show("pick_1d", lambda: nd.pick(nd.array([0.5, 0.25]), nd.array([1], dtype="int32"), axis=-1))
mx.npx.set_np()
s = mx.np.array(5)
show("np.array+1", lambda: (s + 1).asnumpy().tolist())
show("np.exp", lambda: mx.np.exp(s).asnumpy().tolist())
show("np.sum", lambda: mx.np.sum(s * s).asnumpy().tolist())
mx.npx.reset_np()

e = nd.array(np.zeros((0, 3)))
show("empty.reshape", lambda: e.reshape((-1,)))
show("empty.reshape(3,0)", lambda: e.reshape((3, 0)))
show("nd.reshape(empty)", lambda: nd.reshape(e, shape=(-1,)))
show("nd.reshape(empty,same)", lambda: nd.reshape(e, shape=(0, 3)))
show("empty.copy", lambda: e.copy())
show("empty.copyto", lambda: e.copyto(nd.array(np.zeros((0, 3)))))
show("empty.astype", lambda: e.astype("int32"))
show("empty.attach_grad", lambda: e.attach_grad())
show("empty.as_in_context", lambda: e.as_in_context(mx.cpu()))

cond, xb, yb = nd.array([1, 0]), nd.array([1, 0], dtype="bool"), nd.array([0, 1], dtype="bool")
show("where(f,bool,bool)", lambda: nd.where(cond, xb, yb))
show("where(bool,f,f)", lambda: nd.where(xb, cond, cond))
show("where(f,i,i)", lambda: nd.where(cond, xb.astype("int32"), yb.astype("int32")))
show("where(u8,f,f)", lambda: nd.where(cond.astype("uint8"), cond, cond))
