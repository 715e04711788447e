"""Row slices of a csr array: kept rows, an empty selection (a (0, n) csr whose dense read fails) and the refused keys."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show
from _words import words


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
