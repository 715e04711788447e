"""mx.np.roll's shift/axis mismatch, rot90's axes past the last (per number of turns) and insert's index out of
range name MXNet's check's line."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        r.asnumpy()
        print(label, "ok", r.shape)
    except mx.MXNetError as e:
        print(label, " | ".join(str(e).split("\n")[1:3]))


x = np.ones((3, 4))
for shift, axis in [((1, 2), 0), ((1, 2, 3), (0, 1)), (1, (0, 1))]:
    show(f"roll {shift} {axis}", lambda: np.roll(x, shift, axis=axis))
for k in [1, 2, 3, 4, -1]:
    for axes in [(0, 2), (2, 0), (1, 2), (-3, 0)]:
        show(f"rot90 {k} {axes}", lambda: np.rot90(x, k, axes))
for obj in [20, -13, 13, 5, 4]:
    for axis in [None, 0, 1]:
        show(f"insert {obj} {axis}", lambda: np.insert(x, obj, 1, axis=axis))
