"""Index arrays are cast to MXNet's 32-bit index type before a gather or scatter: integers wrap, floats truncate (NaN and those out of range become its lowest value), and a scatter's flat offsets wrap too (legacy and mx.np)."""
import numpy as onp
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def run(make, key, write):
    a = make(onp.arange(12).reshape(3, 4))
    if write:
        a[key] = -5
        return a.asnumpy().ravel().tolist()
    r = a[key]
    return r.shape, r.asnumpy().ravel().tolist()


for mode in ["nd", "np"]:
    if mode == "np":
        mx.npx.set_np()
    make = mx.nd.array if mode == "nd" else mx.np.array
    reads = [[2**32 + 1], [2**32 - 1], ([0], [2**32 + 2]), [2**31], [2**63 - 1], [1e10], [-1.5],
             make(onp.array([2**32 + 1]), dtype="int64"), make(onp.array([5.7e9]), dtype="float32"),
             make(onp.array([onp.nan]), dtype="float32"), make(onp.array([-0.9]), dtype="float32"),
             make(onp.array([-1]), dtype="int8"), onp.array([2**32 + 1]), (1, onp.int64(2**32 + 1))]
    writes = [[2**32 + 1], ([0], [2**32 + 2]), [2**31], (slice(None), [2**32 + 1]), make(onp.array([2**32 + 1]), dtype="int64"),
              make(onp.array([5.7e9]), dtype="float32"), make(onp.array([onp.nan]), dtype="float32"),
              make(onp.array([-0.9]), dtype="float32"), onp.array([2**32 + 2]), [[2**32], [2**32 + 2]]]
    for key in reads:
        attempt(f"{mode} get {key!r}", lambda: run(make, key, False))
    for key in writes:
        attempt(f"{mode} set {key!r}", lambda: run(make, key, True))
