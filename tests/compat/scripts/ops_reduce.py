# Reductions: axis/keepdims/exclude, integer dtypes, norm, arg reductions, gradients, bad axes.
import numpy as np
from mxnet import nd, autograd
from _show_values import show


x = nd.array(np.arange(24).reshape(2, 3, 4) * 0.5 - 4)
n = nd.array([[1.0, np.nan, 3.0], [np.nan, np.nan, 2.0]])
for name in ["sum", "mean", "prod", "max", "min", "nansum", "nanprod", "norm", "sum_axis", "max_axis", "min_axis"]:
    f = getattr(nd, name)
    show(name, lambda: f(x))
    show(name + " ax1", lambda: f(x, axis=1))
    show(name + " ax-1 kd", lambda: f(x, axis=-1, keepdims=True))
    show(name + " ax(0,2)", lambda: f(x, axis=(0, 2)))
    if name != "norm":
        show(name + " exclude", lambda: f(x, axis=1, exclude=True))
        show(name + " exclude kd", lambda: f(x, axis=(0, 1), exclude=True, keepdims=True))
        show(name + " ax()", lambda: f(x, axis=()))
    show(name + " bad axis", lambda: f(x, axis=3))
    show(name + " nan", lambda: f(n, axis=1))
    show(name + " kd all", lambda: f(x, keepdims=True))
    show(name + " method", lambda: getattr(x, name)(axis=0) if hasattr(x, name) else nd.zeros((1,)))
for dt in ["int32", "int64", "uint8", "float16", "float64", "int8"]:
    xi = nd.array([[1, 2, 3], [4, 5, 100]], dtype=dt)
    for name in ["sum", "mean", "prod", "max", "min", "nansum", "nanprod", "norm", "argmax", "argmin"]:
        show(dt + " " + name, lambda: getattr(nd, name)(xi, axis=1))
        show(dt + " " + name + " all", lambda: getattr(nd, name)(xi))
show("norm ord1", lambda: nd.norm(x, ord=1, axis=1))
show("norm ord1 all", lambda: nd.norm(x, ord=1))
show("norm ord3", lambda: nd.norm(x, ord=3))
show("norm ord0", lambda: nd.norm(x, ord=0))
show("norm out_dtype", lambda: nd.norm(x, out_dtype="float64"))
show("norm out_dtype i", lambda: nd.norm(nd.array([3, 4], dtype="int32"), out_dtype="float32"))
show("norm axis2", lambda: nd.norm(x, axis=(1, 2), keepdims=True))
show("norm axis3", lambda: nd.norm(x, axis=(0, 1, 2)))
show("argmax", lambda: nd.argmax(x, axis=1))
show("argmax none", lambda: nd.argmax(x))
show("argmax kd", lambda: nd.argmax(x, axis=2, keepdims=True))
show("argmin", lambda: nd.argmin(x, axis=0))
show("argmax tie", lambda: nd.argmax(nd.array([[1, 3, 3], [2, 2, 1]]), axis=1))
show("argmax nan", lambda: nd.argmax(nd.array([[1, np.nan, 3]]), axis=1))
show("argmin nan", lambda: nd.argmin(nd.array([[1, np.nan, 0]]), axis=1))
show("argmax bad", lambda: nd.argmax(x, axis=5))
show("argmax_channel", lambda: nd.argmax_channel(x))
show("argmax_channel 2d", lambda: nd.argmax_channel(nd.array([[1, 5, 2], [7, 1, 0]])))
show("max nan", lambda: nd.max(n, axis=1))
show("min nan", lambda: nd.min(n))
show("sum empty axis", lambda: nd.sum(nd.zeros((2, 0)), axis=1))
show("sum 0d-ish", lambda: nd.sum(nd.array([5.0])))
show("mean int", lambda: nd.mean(nd.array([1, 2], dtype="int32")))
show("sum big", lambda: nd.sum(nd.arange(1000) * 0.1))
show("mean big", lambda: nd.mean(nd.arange(1000) * 0.1, axis=0))
for name in ["sum", "mean", "prod", "max", "min", "nansum", "nanprod", "norm"]:
    for kw in [{}, {"axis": 1}, {"axis": (0, 2), "keepdims": True}, {"axis": 1, "exclude": True}]:
        if name == "norm" and "exclude" in kw:
            continue
        p = nd.array([[[1.0, 2.0], [3.0, -1.0], [2.0, 2.0]], [[0.5, 4.0], [1.5, -2.0], [4.0, 1.0]]])
        p.attach_grad()
        with autograd.record():
            y = getattr(nd, name)(p, **kw)
        y.backward()
        print(name, kw, "grad", np.round(p.grad.asnumpy(), 5).tolist())
p = nd.array([[1.0, 2.0], [3.0, 0.0]]); p.attach_grad()
with autograd.record():
    y = nd.norm(p, ord=1, axis=1)
y.backward()
print("norm1 grad", p.grad.asnumpy().tolist())
p = nd.array([[0.0, 0.0], [3.0, 4.0]]); p.attach_grad()
with autograd.record():
    y = nd.norm(p, axis=1)
y.backward()
print("norm zero grad", p.grad.asnumpy().tolist())
p = nd.array([[1.0, 5.0, 5.0]]); p.attach_grad()
with autograd.record():
    y = nd.argmax(p, axis=1) + nd.max(p)
y.backward()
print("argmax grad", p.grad.asnumpy().tolist())
