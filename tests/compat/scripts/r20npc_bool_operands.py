"""mx.np routines given boolean arrays where MXNet's kernels or type inference have no bool case."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, np.ndarray):
            r = (r.dtype.name, r.shape, r.asnumpy().tolist())
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


flags = np.array([[1, 0, 2], [3, 1, 0]], dtype="bool")
for dt in ["bool", "int8", "int32", "float32"]:
    w = np.array([1, 2, 3], dtype=dt)
    show(f"average bool/{dt} weights", lambda: np.average(flags, axis=1, weights=w))
    show(f"average {dt}/bool weights", lambda: np.average(np.ones((2, 3), dtype=dt), axis=1, weights=flags[0]))
    show(f"ediff1d bool to_begin {dt}", lambda: np.ediff1d(flags, to_begin=np.array([5], dtype=dt)))
    show(f"ediff1d {dt} to_begin bool", lambda: np.ediff1d(np.ones(3, dtype=dt), to_begin=flags[0]))
    show(f"bincount int32 weights {dt}", lambda: np.bincount(np.array([0, 1, 1], dtype="int32"), weights=w))
    show(f"insert bool into {dt}", lambda: np.insert(np.ones((2, 3), dtype=dt), 1, flags[0], axis=0))
show("bincount bool", lambda: np.bincount(np.array([0, 1, 1], dtype="bool")))
show("bincount bool, weights of another shape", lambda: np.bincount(np.ones(2, dtype="bool"), weights=np.ones(3)))
show("bincount empty bool", lambda: np.bincount(np.ones(0, dtype="bool")))
show("insert python-bool list (float32)", lambda: np.insert(np.zeros(2), 1, np.array([True])))
for sub, ops in [("ij->j", (flags,)), ("ij,kj->ik", (flags, flags)), ("ii->i", (flags[:, :2],))]:
    show(f"einsum {sub} bool optimize", lambda: np.einsum(sub, *ops, optimize=True))
    show(f"einsum {sub} bool", lambda: np.einsum(sub, *ops))
    half = [o.astype("float16") for o in ops]
    show(f"einsum {sub} half optimize", lambda: np.einsum(sub, *half, optimize=True))
for fn in (np.dot, np.matmul):
    show(f"{fn.__name__} bool out", lambda: fn(np.ones((2, 3)), np.ones((3, 2)), out=np.zeros((2, 2), dtype="bool")))
for bound in [True, False, onp.bool_(True), np.array(0, dtype="bool"), np.array(True)]:
    show(f"clip min {bound!r}", lambda: np.clip(np.ones(2), bound, None))
    show(f"clip max {bound!r}", lambda: np.ones(2).clip(None, bound))
    show(f"full_like {bound!r}", lambda: np.full_like(np.ones(2), bound))
    show(f"full {bound!r}", lambda: np.full(2, bound))
