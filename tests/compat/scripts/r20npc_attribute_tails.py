"""mx.np refusals of operator attributes name the operator with the attributes the function handed it."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape if isinstance(r, np.ndarray) else r)
    except Exception as e:
        print(label, "->", words(e))


x = np.arange(6.).reshape(2, 3)
for f in ["sum", "prod", "max", "amin", "mean", "std", "var", "all", "any"]:
    show(f"{f} keepdims='yes'", lambda: getattr(np, f)(x, keepdims="yes"))
    show(f"{f} axis=0 keepdims='no'", lambda: getattr(np, f)(x, axis=0, keepdims="no"))
    show(f"{f} keepdims='true'", lambda: getattr(np, f)(x, keepdims="true"))
for f in ["percentile", "quantile"]:
    show(f"{f} keepdims='yes'", lambda: getattr(np, f)(x, 0.5, keepdims="yes"))
    show(f"{f} axis=0 keepdims=2", lambda: getattr(np, f)(x, 0.5, axis=0, keepdims=2))
for kw in [{"return_index": "yes"}, {"return_inverse": 2}, {"return_counts": "x", "axis": 0}]:
    show(f"unique {kw}", lambda: np.unique(x, **kw))
for f in ["linspace", "logspace"]:
    show(f"{f} endpoint='no'", lambda: getattr(np, f)(0, 1, 3, endpoint="no"))
    show(f"{f} endpoint=2", lambda: getattr(np, f)(0, 1, endpoint=2))
for idx in [[1.5], (2.5,), [1, 2.5]]:
    show(f"split {idx}", lambda: np.split(np.arange(12).reshape(2, 6), idx, axis=1))
    show(f"array_split {idx}", lambda: np.array_split(np.arange(12).reshape(2, 6), idx, axis=-1))
    show(f"hsplit {idx}", lambda: np.hsplit(np.arange(12).reshape(2, 6), idx))
    show(f"vsplit {idx}", lambda: np.vsplit(np.arange(12).reshape(6, 2), idx))
    show(f"dsplit {idx}", lambda: np.dsplit(np.arange(12).reshape(1, 2, 6), idx))
show("hsplit list", lambda: np.hsplit([1.0, 2.0], 1))
show("hsplit number", lambda: np.hsplit(2, 1))
for axis in ["x", (0, 1), 1.0, "0", "None"]:
    show(f"concatenate axis={axis!r}", lambda: np.concatenate((x, x, x), axis=axis))
    show(f"append axis={axis!r}", lambda: np.append(x, x, axis=axis))
for axis in [None, 1.5, "a"]:
    show(f"stack axis={axis!r}", lambda: np.stack((x, x, x), axis=axis))
for reps, axis in [([1, 2], 0), ([1, 2], None), (2.5, None), (np.array(2), 0), ("2", None)]:
    show(f"repeat {reps!r} axis={axis!r}", lambda: np.repeat(x, reps, axis))
show("repeat no axis given", lambda: np.repeat(x, [1, 2]))
for axis in ["0", "1", "None", "(0,)"]:
    show(f"expand_dims {axis!r}", lambda: np.expand_dims(x, axis))
for axis in ["0", [0], (0,), 5, -3]:
    show(f"split axis={axis!r}", lambda: np.split(x, 1, axis=axis))
