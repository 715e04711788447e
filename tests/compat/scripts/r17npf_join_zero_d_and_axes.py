"""mx.np concatenate, append and the stacks with 0-d arrays among their inputs, and tensordot's axes given as
values MXNet's C API cannot read (arrays, floats, text)."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))


parts = {"z": np.array(1.), "v": np.array([9., 9., 9.]), "m": np.array([[7., 7., 7.]]), "w": np.array([5., 6.])}
for names in ["zv", "vz", "zz", "zm", "mz", "vm", "mv", "vzm", "vw", "zvz"]:
    arrays = [parts[c] for c in names]
    for axis in [0, 1, -1, 2, -3, None]:
        attempt(f"concatenate {names} axis={axis}", lambda: np.concatenate(arrays, axis=axis))
    for fn in ["hstack", "vstack", "dstack", "column_stack", "stack"]:
        attempt(f"{fn} {names}", lambda: getattr(np, fn)(arrays))
for names in ["zv", "vz", "zm", "zz"]:
    for axis in [None, 0, 1, 2]:
        attempt(f"append {names} axis={axis}", lambda: np.append(parts[names[0]], parts[names[1]], axis=axis))
a, b = np.arange(6).reshape(2, 3).astype("float32"), np.arange(6).reshape(3, 2).astype("float32")
for axes in [np.array([1]), np.array(1), 2.5, "1", (1,), [[1], [0]], ((1,), (0,)), (np.array([1]), [0]), 1, 0]:
    attempt(f"tensordot axes={axes!r}", lambda: np.tensordot(a, b, axes=axes))
for shape in [np.array([2]), 2.5, "2"]:
    attempt(f"zeros shape={shape!r}", lambda: np.zeros(shape))
