"""np.vdot checks the flattened sizes before the dtypes, and np.delete of a bool array by a slice selecting nothing copies it (no bool kernel), as MXNet does."""
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:120])


for a, b in [(np.zeros((0, 2), dtype='int32'), np.ones(3)), (np.zeros((2, 2), dtype='int32'), np.ones(3)),
             (np.zeros((2, 2)), np.ones(3)), (np.zeros((2, 2), dtype='int32'), np.ones(4)),
             (np.zeros((0,), dtype='int32'), np.ones(0)), (np.zeros(3, dtype='float64'), np.ones(3)),
             (np.zeros(3, dtype='float64'), np.ones(2))]:
    show("vdot %s %s %s %s" % (a.shape, a.dtype, b.shape, b.dtype), lambda: np.vdot(a, b))

for shape in [(0,), (3,), (2, 0), (0, 2)]:
    for obj in [slice(None, None, 2), slice(0, 0), slice(5, 9), 0, np.array([0]), np.array([], dtype='int32')]:
        for axis in [0, None, -1]:
            show("delete %s %s %s" % (shape, obj, axis), lambda: np.delete(np.zeros(shape, dtype='bool'), obj, axis=axis))
