"""nd.histogram bins as MXNet's kernels do: equal bins by offset then edge, given edges by scanning, empty data and zero bins."""
import numpy as np
import mxnet as mx
from mxnet import nd


def A(shape, dtype, off=5):
    v = np.arange(int(np.prod(shape))).reshape(shape) * 7 % 11 - off
    v = np.abs(v) if dtype == "uint8" else v * 0.5 if dtype.startswith("float") else v
    return nd.array(v, dtype=dtype)


def show(tag, f):
    try:
        counts, edges = f()
        print(tag, counts.dtype.__name__, counts.asnumpy().tolist(), edges.dtype.__name__, edges.asnumpy().tolist())
    except Exception as e:
        print(tag, type(e).__name__)


for dtype in ["float16", "float32", "float64", "int8", "int32", "int64", "uint8"]:
    for bins, rng in [(2, (0, 1)), (10, (-3, 3)), (5, (-2.5, 2.5)), (3, (1, 1)), (7, (-2.3, 1.7)), (0, (-3, 3))]:
        show(f"{dtype} {bins} {rng}", lambda: nd.histogram(A((2, 3, 4), dtype), bins=bins, range=rng))
    show(f"{dtype} edges", lambda: nd.histogram(A((3, 5), dtype), nd.array([-3, -0.5, 0, 2.5], dtype=dtype)))
    show(f"{dtype} falling edges", lambda: nd.histogram(A((3, 5), dtype), nd.array([3, 0], dtype=dtype)))
    show(f"{dtype} unsorted edges", lambda: nd.histogram(A((3, 5), dtype), nd.array([-3, 1, 0, 3], dtype=dtype)))
show("one edge", lambda: nd.histogram(A((2, 3), "float32"), nd.array([1])))
show("empty data", lambda: nd.histogram(A((2, 0, 2), "float32"), bins=3, range=(-2.5, 2.5)))
show("empty data edges", lambda: nd.histogram(A((3, 0), "uint8"), nd.array([3, 0], dtype="uint8")))
show("range falling", lambda: nd.histogram(A((2, 3), "float32"), bins=3, range=(2, -2)))
