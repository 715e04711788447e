"""Legacy operators check attributes in MXNet's words: norm's out_dtype and ord, split_v2's parts, stack's stated num_args, repeat, pick, ravel and scatter_nd shapes."""
import mxnet as mx
import numpy as np

nd = mx.nd


def show(label, f):
    try:
        r = f()
        for a in (r if isinstance(r, (list, tuple)) else [r]):
            print(label, a.shape, a.dtype.__name__, a.asnumpy().ravel()[:4].tolist())
    except Exception as e:
        text = str(e)
        text = text[text.rfind("MXNetError: ") + 12:] if "MXNetError: " in text else text
        if text.startswith("Traceback"):        # a kernel's error: its words follow the trace
            text = [line for line in text.split("\n")[1:] if not line.startswith("  ")][0]
        print(label, type(e).__name__, text.split("\n")[0])


x = nd.array(np.arange(12).reshape((3, 4)) % 5 - 2.0)
for kw in [dict(out_dtype="bogus"), dict(out_dtype="uint8"), dict(out_dtype="None"), dict(out_dtype="float64", ord=3),
           dict(ord=0), dict(ord=1, out_dtype="float32")]:
    show("norm %s" % sorted(kw.items()), lambda: nd.norm(x, **kw))
for kw in [dict(dtype="bool"), dict(dtype="int8"), dict(dtype="bfloat16")]:
    show("one_hot %s" % kw["dtype"], lambda: nd.one_hot(nd.array([0, 2]), 3, **kw))
    show("topk %s" % kw["dtype"], lambda: nd.topk(x, **kw))
y = nd.array(np.arange(36).reshape((6, 6, 1)))
for ios in [2, (1, 3), (3, 1), (0, 2), (1, 10), ()]:
    for kw in [{}, dict(axis=-1), dict(squeeze_axis=True)]:
        show("split_v2 %s %s" % (ios, sorted(kw.items())), lambda: nd.split_v2(y, ios, **kw))
show("stack axis x", lambda: nd.stack(x, x, axis="x"))
show("concat dim x", lambda: nd.concat(x, x, dim="x"))
show("stack sizes", lambda: nd.stack(x, x[0]))
show("repeat -2", lambda: nd.repeat(x, repeats=-2))
show("pick axis None", lambda: nd.pick(x, nd.array([0, 1, 2]), axis=None))
show("ravel shape ()", lambda: nd.ravel_multi_index(nd.array([[0, 1], [1, 0]]), shape=()))
show("unravel shape ()", lambda: nd.unravel_index(nd.array([0, 5]), shape=()))
for shape in [(-1,), (2, -1), (2, -2), (2, 2)]:
    show("scatter_nd %s" % (shape,), lambda: nd.scatter_nd(nd.ones((3,)), nd.array([[0, 1, 1], [1, 0, 1]]), shape=shape))
show("softmax_cross_entropy types", lambda: nd.softmax_cross_entropy(x.astype("float16"), nd.array([0, 1, 2])))
