"""Row slices of a csr array: kept rows, an empty selection (a (0, n) csr whose dense read fails) and the refused keys."""
import numpy as np
import mxnet as mx
from mxnet import nd


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"


def show(x):
    """An array's class, storage, shape, dtype and values (or the error its first read raises)."""
    if not isinstance(x, nd.NDArray):
        return repr(x)
    head = f"{type(x).__name__} {x.stype} {x.shape} {np.dtype(x.dtype).name}"
    try:
        return f"{head} {x.asnumpy().tolist()}"
    except Exception as e:
        return f"{head} read -> {words(e)}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))
A = np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 4, 0]], dtype=np.float32)
c = nd.array(A).tostype("csr")


def parts(x):
    if x.stype != "csr":
        return show(x)
    stored = [p.asnumpy().tolist() for p in (x.data, x.indices, x.indptr)]
    return f"{show(x)} data={stored[0]} indices={stored[1]} indptr={stored[2]}"


def attempt_parts(label, fn):
    try:
        x = fn()
    except Exception as e:
        print(label, "->", words(e))
        return
    print(label, "->", parts(x))


for key in [0, 1, 2, -1, -3, 3, -4, slice(0, 2), slice(1, 3), slice(None), slice(2, 1), slice(5, 9), slice(-2, None),
            slice(0, 0), slice(0, 3, 1), slice(0, 3, 2), (0, 1), [0, 2], None, 1.5]:
    attempt_parts(f"csr[{key!r}]", lambda: c[key])
for begin, end in [((0,), (2,)), ((1, 1), (3, 3)), ((2,), (1,)), ((None,), (None,)), ((0, 2), (3, 2))]:
    attempt_parts(f"slice {begin} {end}", lambda: nd.slice(c, begin=begin, end=end))
attempt_parts("slice_axis 0 1:3", lambda: nd.slice_axis(c, axis=0, begin=1, end=3))
attempt("slice_axis 1 1:3", lambda: nd.slice_axis(c, axis=1, begin=1, end=3))
