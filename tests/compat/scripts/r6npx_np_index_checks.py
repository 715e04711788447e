"""mx.np indexing checks MXNet makes: keys with index arrays (too many indices, empty slices that it turns into
index ranges, index arrays that do not broadcast) and slices written to that run backwards past their end."""
from mxnet import np, npx

npx.set_np()


def grid():
    return np.arange(120).reshape(2, 3, 4, 5).astype("float32")


def show(label, fn):
    """Prints the result's shape and first values, or the exception class."""
    try:
        r = fn()
        print(label[:64], "->", r.shape, r.reshape(-1)[:4].tolist())
    except Exception as e:  # noqa: BLE001
        print(label[:64], "raises", type(e).__name__)


def written(key, value):
    x = grid()
    x[key] = value
    return x


mask2 = np.array([True, False], dtype=bool)
mask4 = np.array([False, True, True, False], dtype=bool)
for key in [(slice(0, 1, -2), 0, slice(None, 5), [0, 3], 0), (slice(1, None), 1, [2, 1], -2, [0, 1, 0]),
            ([0, 1, 0], slice(0, 0)), (slice(None, -2), np.array([1, 2, 0])), (Ellipsis, slice(4, None), [1, 0]),
            (slice(3, 2), np.array([1])), (0, slice(None, 3, -2), [1, 0]), (slice(-4, -4, -1), [0, 1, 2], mask4),
            ([1, 0, 1], [1, 0]), (slice(None), np.array([1, 0]), [0, 1, 1], 2), (mask2, [0, 2, 1]),
            (mask2, slice(0, 2), mask4), (mask2, slice(None), mask4), ([1, 0], slice(1, 3), [0, 2]),
            ([[0], [1]], [0, 1, 2]), (slice(None), [0, 2], slice(None, None, -1))]:
    show("get %r" % (key,), lambda: grid()[key])
    show("set %r" % (key,), lambda: written(key, -1.))
mask3 = np.array([True, False, True], dtype=bool)
for key in [(-2, 2, mask4, None, Ellipsis), (1, mask3, [1], None), (mask2, 1, 0, slice(None, None, -1), None),
            (slice(0, 2, 2), slice(-3, 1, 2), [0, 1, 2], Ellipsis, [-1]), (0, np.ones(3, dtype=bool), None),
            ([1, 0], mask3, 2, 1, None), (np.ones(2, dtype=bool), [0, 1], None), ([0, 1], Ellipsis, [1, 2]),
            (0, 1, 2, 3, Ellipsis)]:
    show("layout %r" % (key,), lambda: grid()[key])
for shape in [(0,), (0, 3), (0, 0), (3, 0, 2)]:
    for key in [True, False, (Ellipsis, [0]), (Ellipsis, np.array([0])), (None, Ellipsis, [0]), ([0], Ellipsis),
                (slice(None), [0])]:
        show("empty %s %r" % (shape, key), lambda: np.zeros(shape)[key])
for key in [(0, slice(2, 1)), (Ellipsis, slice(3, 1)), (slice(None), slice(0, 3, -1)), (0, slice(1, 2, -1)),
            (slice(1, 0), 0), (None, 0, slice(2, 1)), (slice(None), slice(3, 3)), (0, slice(-10, -8)),
            (0, slice(5, 7)), (0, slice(2, 1), [0]), (slice(None, None, -1), slice(1, 3)), (slice(0, 1, -2), 3),
            (slice(2, 0, 2), 2, 3, 3, slice(None, None, 2))]:
    show("write %r" % (key,), lambda: written(key, 5.))
    show("write array %r" % (key,), lambda: written(key, np.ones((1,))))
