"""mx.np.ndarray methods' argument checks: reshape's shape tuple, transpose/repeat/take/argmax axes,
slice_assign's dtype, attach_grad's signature."""
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the result's shape and values, or the exception class (MXNet's messages carry its traceback)."""
    try:
        r = fn()
        print(label, "->", r.shape, r.dtype, r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


x = np.arange(6).reshape(2, 3)
z = np.array(4.)
for args in [((6,),), (6,), (3, 2), ([6],), (np.array([6]),), ([2], 3), ((6,), 1), (6.0,), ((6.0,),), (None,),
             (True, 6), (-1,)]:
    show("reshape%r" % (args,), lambda: x.reshape(*args))
for axes in [(2, 0), (0, 0), (-1, -2), (1,), (0, 1, 2), (-3, 0), (1, -1), (2, 2), ()]:
    show("transpose%r" % (axes,), lambda: x.transpose(*axes))
    show("np.transpose %r" % (axes,), lambda: np.transpose(x, axes))
for axes in [(1, 0), (0,), ()]:
    show("0-d transpose%r" % (axes,), lambda: z.transpose(*axes))
for a, axis in [(x, 2), (x, -3), (x, 1), (z, 0), (z, -1), (z, None)]:
    show("repeat %s axis=%s" % (a.shape, axis), lambda: a.repeat(2, axis=axis))
show("0-d repeat 0 axis=0", lambda: z.repeat(0, axis=0))
for a, axis, mode in [(z, 0, "clip"), (z, -1, "wrap"), (z, 0, "raise"), (z, None, "clip"), (x, 2, "clip"),
                      (x, -2, "wrap")]:
    show("take %s axis=%s %s" % (a.shape, axis, mode), lambda: a.take(np.array([0, 5]), axis=axis, mode=mode))
e = np.zeros((0, 3))
for a, axis in [(e, 2), (e, -3), (x, 2), (x, -3), (z, 0), (z, -1), (z, 1), (x, -1)]:
    show("argmax %s axis=%s" % (a.shape, axis), lambda: a.argmax(axis=axis))
    show("argmin %s axis=%s" % (a.shape, axis), lambda: a.argmin(axis=axis))
for dtype in ["float16", "float64", "int32", "float32"]:
    y = np.ones((2, 2), dtype=dtype)
    show("slice_assign %s <- float32" % dtype, lambda: y.slice_assign(np.zeros((1, 1)), (0, 0), (1, 1), (None, None)))
for call in [lambda: x.attach_grad(stype="row_sparse"), lambda: x.attach_grad(stype=None),
             lambda: x.attach_grad("write", None), lambda: x.attach_grad("add") or x.grad]:
    show("attach_grad", call)
