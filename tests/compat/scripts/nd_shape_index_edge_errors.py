"""Edge rules of the legacy shape, indexing and creation operators: values, error classes and messages."""
import mxnet as mx
import numpy as np
nd = mx.nd
m = nd.arange(12).reshape((3, 4))


def show(label, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            print(label, [o.shape for o in r])
        elif isinstance(r, nd.NDArray):
            print(label, r.dtype.__name__, r.shape, r.asnumpy().tolist())
        else:
            print(label, r)
    except Exception as e:
        last = str(e).split("\n")[-1]
        print(label, "!!", type(e).__name__, last.replace("MXNetError: ", "").replace("IndexError: ", ""))


def grad_of(f, x):
    x = x.copy()
    x.attach_grad()
    with mx.autograd.record():
        y = f(x)
    y.backward()
    return x.grad


for ax in [-5, 4, (0, 0)]:
    show(f"squeeze {ax}", lambda: nd.squeeze(nd.ones((1, 3, 1, 1)), axis=ax))
show("repeat 0 axis 2", lambda: nd.repeat(m, repeats=0, axis=2))
show("pick raise", lambda: nd.pick(m, nd.array([0, 1, 2]), mode="raise"))
show("take foo", lambda: nd.take(m, nd.array([0, 1]), mode="foo"))
for idx in ([[0, 5], [1, 1]], [[0, -1], [1, 1]], [[0, 0], [4, 1]]):
    show(f"scatter_nd {idx}", lambda: nd.scatter_nd(nd.array([1, 2]), nd.array(idx), shape=(3, 4)))
show("scatter_nd shapes", lambda: nd.scatter_nd(nd.array([1, 2]), nd.array([[0, 1], [1, 1]]), shape=(3, 4, 2)))
show("scatter_nd 1-d index", lambda: nd.scatter_nd(nd.array([1, 2]), nd.array([0, 1]), shape=(3,)))
show("scatter_nd index rows", lambda: nd.scatter_nd(nd.array([1, 2]), nd.array([[0], [1]]), shape=(3,)))
show("gather_nd oob", lambda: nd.gather_nd(m, nd.array([[5], [1]])))
show("fill_element_0index oob", lambda: nd.fill_element_0index(m, nd.array([7, 8, 9]), nd.array([0, 5, -1])))
show("fill_element_0index trunc", lambda: nd.fill_element_0index(m, nd.array([7, 8, 9]), nd.array([4, 3, -0.5])))
show("fill_element_0index f64", lambda: nd.fill_element_0index(m.astype("float64"), nd.array([7, 8, 9], dtype="float64"),
                                                              nd.array([0, 1, 1], dtype="float64")))
show("batch_take 2-d index", lambda: nd.batch_take(m, nd.array([[0, 1, 1]], dtype="int32")))
show("batch_take size", lambda: nd.batch_take(m, nd.array([0, 2], dtype="int32")))
show("batch_take 1-d", lambda: nd.batch_take(nd.ones((6,)), nd.array([0, 1, 2, 3, 4, 5], dtype="int32")))
show("unravel negative", lambda: nd.unravel_index(nd.array([-1, -5, 13, 25, -13]), shape=(3, 4)))
show("ravel negative", lambda: nd.ravel_multi_index(nd.array([[-1, 1, 2], [3, -5, 9]]), shape=(3, 4)))
show("ravel 1-d", lambda: nd.ravel_multi_index(nd.array([1, 2]), shape=(3, 4)))
show("ravel rows", lambda: nd.ravel_multi_index(nd.array([[1, 2], [1, 2], [1, 2]]), shape=(3, 4)))
show("boolean_mask 2-d", lambda: nd.contrib.boolean_mask(m, nd.array([[1, 0, 1]])))
show("boolean_mask column", lambda: nd.contrib.boolean_mask(m, nd.array([[1], [0], [1]])))
show("arange repeat 0", lambda: nd.arange(0, 5, repeat=0))
for dt in ("float16", "int32", "float32"):
    show(f"arange {dt}", lambda: nd.arange(1.5, 5, 0.5, dtype=dt))
for dt, kw in (("float16", dict(start=-2.5, step=1)), ("uint8", dict(start=-2.5, step=1)), ("int32", dict(start=0.7, step=1.7)),
               ("float16", dict(start=2049, step=1))):
    show(f"arange_like {dt} {kw}", lambda: nd.contrib.arange_like(nd.ones((5,), dtype=dt), **kw))
v = nd.array([-1.7, 0.5, 2.5, -2.5, 1.5, 300.2, -300, 70000, 127.5, -128.5, 255.5])
for dt in ("int32", "uint8", "int8", "float16", "float64", "bool"):
    show(f"amp_cast {dt}", lambda: nd.amp_cast(v, dtype=dt))
show("amp_cast int64 input", lambda: nd.amp_cast(nd.ones((2,), dtype="int64"), dtype="float32"))
show("clip grad nan", lambda: grad_of(lambda t: nd.clip(t, a_min=0, a_max=0.5), nd.array([np.nan, 1, -np.inf, 0.25])))
show("clip grad nan bound", lambda: grad_of(lambda t: nd.clip(t, a_min=float("nan"), a_max=1), nd.array([-2, 0.5, 2.7])))
show("Crop float64", lambda: nd.Crop(nd.ones((1, 2, 5, 6), dtype="float64"), h_w=(3, 4), num_args=1))
show("index bool list", lambda: m[[True, False, True]])
show("index float lists", lambda: m[[1.9, 2], [0, 3.5]])
show("index empty list", lambda: m[[]])
show("split_v2 sections", lambda: nd._internal._split_v2(nd.arange(10), indices=(0,), sections=4, axis=0))
