"""mx.np rot90/roll/tril/delete/insert on bools and tensordot-family type refusals name MXNet's kernel's line;
unravel_index of float indices fails when its result is read."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        r = r if isinstance(r, (tuple, list)) else (r,)
        for x in r:
            x.asnumpy()
        print(label, "ok", [x.shape for x in r])
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, " | ".join(str(e).split("\n")[1:3]))


x3, x2, x1 = np.ones((2, 3, 4), dtype=bool), np.ones((3, 4), dtype=bool), np.ones(4, dtype=bool)
for k in [0, 1, 2, 3, 4, -2, 5]:
    show(f"rot90 k={k}", lambda: np.rot90(x3, k))
show("rot90 k=2 axes", lambda: np.rot90(x3, k=2, axes=(1, 2)))
show("roll flat", lambda: np.roll(x3, 1))
show("roll axis", lambda: np.roll(x3, 1, axis=0))
show("roll axes", lambda: np.roll(x3, (1, 2), axis=(0, 2)))
for x in (x1, x2, x3):
    show(f"tril {x.ndim}-d", lambda: np.tril(x))
show("tril k", lambda: np.tril(x3, k=-1))
show("delete int", lambda: np.delete(x3, 1, axis=1))
show("delete slice", lambda: np.delete(x3, slice(0, 2), axis=2))
show("delete array", lambda: np.delete(x1, np.array([0, 2])))
show("insert slice", lambda: np.insert(x1, slice(0, 2), np.array([1], dtype=bool)))
show("insert int", lambda: np.insert(x1, 1, np.array([1], dtype=bool)))
for dt in ["float16", "int32", "int8", "bool"]:
    a = np.ones((2, 3, 4), dtype=dt)
    show(f"tensordot pairs {dt}", lambda: np.tensordot(a, a, axes=([1, 2], [1, 2])))
    show(f"tensordot int {dt}", lambda: np.tensordot(a, a, axes=1 if dt == "float16" else 0))
    show(f"inner {dt}", lambda: np.inner(a, a))
    show(f"outer {dt}", lambda: np.outer(a[0, 0], a[0, 0]))
    show(f"vdot {dt}", lambda: np.vdot(a[0, 0], a[0, 0]))
    show(f"dot {dt}", lambda: np.dot(a[0], a[0].T))

seen = []
with contextlib.redirect_stdout(io.StringIO()):     # (MXNet's engine prints the custom operator's traceback)
    r = np.unravel_index(np.array([5, 1]), (2, 3))
    seen.append(("unravel_index float", type(r).__name__, len(r), r[0].shape, r[0].dtype))
    try:
        r[1].asnumpy()
    except mx.MXNetError as e:
        seen.append(("read", str(e).split("\n")[1]))
for line in seen:
    print(*line)
show("unravel_index int", lambda: np.unravel_index(np.array([5, 1], dtype="int32"), (2, 3)))
