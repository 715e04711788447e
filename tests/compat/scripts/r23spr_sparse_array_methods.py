"""Every public NDArray method and property called on a csr and a row_sparse array (no arguments), then reprs,
slices, pickling, copies onto themselves (MXNet's warning) and the like: results, storage types or refusals."""
# recorded on AVX2
import pickle
import warnings
import numpy as np
import mxnet as mx
from _sparse_show import show
from _words import words

nd = mx.nd
A = np.array([[0, 1.5, 0], [2, 0, -3], [0, 0, 0], [4, 5, 0]], dtype="float32")
SKIP = {"handle", "to_dlpack_for_read", "to_dlpack_for_write"}      # (memory addresses)


def attempt(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            text = show(fn())
        except Exception as e:
            text = words(e)
    shown = [w for w in caught if " encountered in " not in str(w.message)]     # (numpy's floating-point notes)
    print(label, "->", text, *[f"[{w.category.__name__}: {w.message}]" for w in shown])


for stype in ["csr", "row_sparse"]:
    for name in sorted(n for n in dir(nd.NDArray) if not n.startswith("_") and n not in SKIP):
        x = nd.array(A).tostype(stype)
        try:
            attr = getattr(x, name)
        except Exception as e:
            print(f"{stype} .{name} -> {words(e)}")
            continue
        attempt(f"{stype} .{name}{'()' if callable(attr) else ''}", attr if callable(attr) else lambda: attr)
    x = nd.array(A).tostype(stype)
    for label, fn in [("len", lambda: len(x)), ("bool", lambda: bool(x)), ("repr", lambda: repr(x)),
                      ("data repr", lambda: repr(x.data)), ("indices repr", lambda: repr(x.indices)),
                      ("float", lambda: float(x)), ("reshape", lambda: x.reshape((3, 4))),
                      ("x[1:3] repr", lambda: repr(x[1:3])), ("x[1:3].data", lambda: x[1:3].data),
                      ("x[-1]", lambda: x[-1]),
                      ("x[1:3] + 1", lambda: x[1:3] + 1), ("x[1:3] * 2", lambda: x[1:3] * 2),
                      ("x[1:4][1:2]", lambda: x[1:4][1:2]), ("dot of a slice", lambda: nd.dot(x[1:3], nd.ones((3, 2)))),
                      ("slice", lambda: nd.slice(x, begin=(1,), end=(3,))),
                      ("slice columns", lambda: nd.slice(x, begin=(1, 1), end=(3, 3))),
                      ("slice_axis", lambda: nd.slice_axis(x, axis=0, begin=1, end=3)),
                      ("shape_array", lambda: nd.shape_array(x)), ("size_array", lambda: nd.size_array(x)),
                      ("pickled", lambda: pickle.loads(pickle.dumps(x))), ("zeros_like", lambda: nd.zeros_like(x)),
                      ("ones_like", lambda: nd.ones_like(x)),
                      ("astype no copy", lambda: x.astype("float32", copy=False) is x),
                      ("copyto itself", lambda: x.copyto(x)),
                      ("copyto its dense self", lambda: x.tostype("default").copyto(x))]:
        attempt(f"{stype} {label}", fn)
dense = nd.ones((2, 2))
attempt("dense copyto itself", lambda: dense.copyto(dense))
big = nd.array(np.arange(2000).reshape(100, 20) % 7)
print(repr(big.tostype("csr")), repr(big.tostype("csr").data), repr(big.tostype("row_sparse")))
