"""mx.np kernels on 0-d and empty bool (and integer) arrays: tril of a 0-d array fails when read, unique of an
empty bool array runs no kernel, trace keeps bool, and transpose/flip/trace/unique/norm/dot refusals name the
refusing kernel's line."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        print(label, "made", r.shape, r.dtype)
        print(label, r.asnumpy().tolist())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, " | ".join(str(e).split("\n")[1:3]))


for dt in ["float32", "bool", "int32"]:
    show(f"tril 0-d {dt}", lambda: np.tril(np.array(2, dtype=dt)))
    for shape in [(2, 0, 3), (0, 2, 3), (2, 2, 0), (2, 3)]:
        show(f"trace {shape} {dt}", lambda: np.trace(np.zeros(shape, dtype=dt)))
    show(f"unique empty {dt}", lambda: np.unique(np.zeros((0,), dtype=dt)))
    show(f"unique empty counts {dt}", lambda: np.unique(np.zeros((0,), dtype=dt), return_counts=True)[1])
    show(f"unique empty axis {dt}", lambda: np.unique(np.zeros((0, 3), dtype=dt), axis=0))
    show(f"unique 0-d {dt}", lambda: np.unique(np.array(1, dtype=dt)))
    show(f"unique 0-d axis {dt}", lambda: np.unique(np.array(1, dtype=dt), axis=0))
    show(f"flip 0-d {dt}", lambda: np.flip(np.array(1, dtype=dt)))
    show(f"transpose 0-d {dt}", lambda: np.transpose(np.array(1, dtype=dt)))
    show(f"transpose 1-d {dt}", lambda: np.transpose(np.ones(2, dtype=dt)))
    show(f"T 1-d {dt}", lambda: np.ones(2, dtype=dt).T)
    show(f"transpose 2-d {dt}", lambda: np.ones((2, 3), dtype=dt).transpose())
    show(f"norm empty {dt}", lambda: np.linalg.norm(np.zeros((0,), dtype=dt)))
    show(f"norm empty axis {dt}", lambda: np.linalg.norm(np.zeros((2, 0), dtype=dt), axis=1))
    show(f"dot 0-d {dt}", lambda: np.dot(np.array(2, dtype=dt), np.array(2, dtype=dt)))
    show(f"dot empty {dt}", lambda: np.dot(np.zeros(0, dtype=dt), np.zeros(0, dtype=dt)))
