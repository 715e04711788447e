"""mx.np setitem edge cases: -0.0 through the fill kernel, bool keys, 0-d arrays, list keys, odd values."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def attempt(label, fn):
    """Prints the result, or the exception class (MXNet's messages carry its C++ traceback)."""
    try:
        print(label, "->", fn())
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


def grid(dtype="float32", shape=(2, 3, 4)):
    return np.arange(int(__import__("numpy").prod(shape))).reshape(shape).astype(dtype)


def written(key, value, dtype="float32", shape=None, ones=False):
    x = np.ones(shape) if ones else grid(dtype) if shape is None else grid(dtype, shape)
    x[key] = value
    return x.asnumpy().reshape(-1).tolist()


def nd_written(key, value):
    y = mx.nd.ones((2, 3))
    y[key] = value
    return y.asnumpy().reshape(-1).tolist()


# -0.0: a whole-array or index-array write fills (memset: +0.0); a partial slice or a mask assigns (-0.0 kept)
for key in [slice(None), Ellipsis, None, (), slice(0, 2), (slice(None), slice(0, 3)), [0, 1], ([0, 1], [1, 2]),
            (slice(None), [0, 2]), [1, 1], [True, False], 0, (0, 1), slice(0, 1), slice(None, None, -1),
            (0, slice(None, None, 2))]:
    attempt("neg zero %r" % (key,), lambda: written(key, -0.0, shape=(2, 3, 1)))
attempt("neg zero mask", lambda: written(grid(shape=(2, 3, 1)) > 3, -0.0, shape=(2, 3, 1)))
attempt("neg zero True", lambda: written(True, -0.0, shape=(2, 3, 1)))
attempt("neg zero np.float32", lambda: written(Ellipsis, __import__("numpy").float32(-0.0), shape=(2, 3, 1)))
attempt("neg zero 0-d value", lambda: written(Ellipsis, np.array(-0.0), shape=(2, 3, 1)))
attempt("neg zero int on length-1 axis", lambda: written(0, -0.0, shape=(1, 3), ones=True))
attempt("neg zero (0, 0) of 1x1", lambda: written((0, 0), -0.0, shape=(1, 1), ones=True))
attempt("neg zero nested bool list", lambda: written([[True, False, True], [True, True, True]], -0.0, shape=(2, 3, 1)))
attempt("nd neg zero whole", lambda: nd_written(slice(None), -0.0))
attempt("nd neg zero part", lambda: nd_written(0, -0.0))
attempt("nd neg zero index list", lambda: nd_written([0, 1], -0.0))

# a bool key is a 0-d mask: numbers or mx.np arrays of the array's dtype only
for value in ["np.array(7.)", "np.array([1., 2., 3., 4.])", "np.ones((2, 3, 4))", "np.ones((1, 3, 4))", "[9, 8, 7, 6]",
              "(1, 2)", "None", "'a'", "mx.nd.ones((4,))", "2.5"]:
    for dtype in ["float32", "int32"]:
        attempt("True <- %s %s" % (value, dtype), lambda: written(True, eval(value), dtype)[:4])
        attempt("mask <- %s %s" % (value, dtype), lambda: written(grid() > 10, eval(value), dtype)[-4:])

# a 0-d array takes () and bools only
for key in [(Ellipsis,), (None,), (True,), [0], (Ellipsis, None), (), True, np.array(True), [True], slice(None)]:
    attempt("0-d read %r" % (key,), lambda: np.array(5.)[key])
    attempt("0-d write %r" % (key,), lambda: written(key, 1, shape=()))

# a list key that makes no numeric array
for key in [[0, slice(None)], [slice(None), 0], [0, None], [Ellipsis], [None], [0, [1]], [[0], 1], [slice(None)]]:
    attempt("list read %r" % (key,), lambda: grid()[key].shape)
    attempt("list write %r" % (key,), lambda: written(key, 1)[:4])

# values that make no array of the array's dtype; bool arrays fail at the slice kernel
for value in ["'a'", "None", "'1'", "[1, 'a']", "{1: 2}", "[None] * 4", "1 + 2j", "__import__('numpy').array(['a'])"]:
    for dtype in ["float32", "int32", "bool"]:
        attempt("value %s %s" % (value, dtype), lambda: written((0, 0), eval(value), dtype)[:4])
attempt("out of range before value", lambda: written(5, "a"))
for value in ["np.array(7.)", "[9, 8, 7, 6]", "None", "1"]:
    attempt("bool 0-d key <- %s" % value, lambda: written(np.array(1), eval(value), "bool")[10:14])
