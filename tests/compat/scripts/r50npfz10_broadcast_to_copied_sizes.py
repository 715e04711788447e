"""np.broadcast_to and ndarray.broadcast_to check the target from its last axis, copying an input size for a -2 as they go, so a refusal shows the -2s right of the failing axis already copied, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx
npx.set_np()
a = np.array([[1., 2, 3], [4, 5, 6]])
for f in [lambda: a.broadcast_to((-1, -2)), lambda: np.broadcast_to(a, (-1, -2)), lambda: a.broadcast_to((-2, 3)), lambda: a.broadcast_to((2, -2)), lambda: np.broadcast_to(a, (-2, -1)), lambda: a.broadcast_to((-1, 3)), lambda: a.broadcast_to((3, -1)), lambda: a.broadcast_to((-3, -3)), lambda: np.broadcast_to(a, (2, -1, 3)), lambda: a.broadcast_to((0, 3))]:
    try:
        print(f().shape)
    except Exception as e:
        print(type(e).__name__, str(e).strip().splitlines()[-1][:200])
b = np.ones((3,))
for shp in [(-2, 3), (2, -2), (-2, -2, -2), (4, -2), (-2, 4), (1, -2, 5), (0, -2), (-2,), ()]:
    for x in [a, b, np.ones((1, 3)), np.ones((2, 1, 1))]:
        try:
            print(x.shape, shp, np.broadcast_to(x, shp).shape)
        except Exception as e:
            print(x.shape, shp, type(e).__name__, str(e).strip().splitlines()[-1][:200])
