"""mx.np.ndarray keeps Python 2's __div__/__rdiv__/__idiv__: true division, results mx.np arrays."""
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, r.dtype, r.tolist())
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


for dtype in ["float32", "float16", "int32", "int64", "bool"]:
    show("div %s" % dtype, lambda: np.array([1, -2, 0, 3], dtype=dtype).__div__(2))
    show("rdiv %s" % dtype, lambda: np.array([1, -2, 0, 3], dtype=dtype).__rdiv__(2))
    show("div array %s" % dtype, lambda: np.array([1, -2, 0, 3], dtype=dtype).__div__(np.array([2., 4., 1., 8.])))
    show("idiv %s" % dtype, lambda: np.array([1, -2, 0, 3], dtype=dtype).__idiv__(2))
x = np.array([1., 2.])
y = x.__idiv__(4)
print("idiv in place", y is x, x.tolist())
