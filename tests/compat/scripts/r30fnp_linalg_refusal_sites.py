"""mx.np.linalg refusals (float16, other types, bad axes and orders, singular maps) name MXNet's check's line;
tensorinv's refusals and an empty tensorsolve behave as MXNet's (a result that fails when read, an empty one)."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        r = r if isinstance(r, (tuple, list)) else (r,)
        print(label, "made", [(x.shape, x.dtype) for x in r])
        print(label, [x.asnumpy().tolist() for x in r])
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, " | ".join(str(e).split("\n")[1:3]))


def m(dtype, shape=(2, 2)):
    return np.ones(shape, dtype=dtype)


for fn in ["solve", "tensorsolve"]:
    show(f"{fn} float16", lambda: getattr(np.linalg, fn)(m("float16"), m("float16", (2,))))
show("tensorinv float16", lambda: np.linalg.tensorinv(m("float16"), ind=1))
for fn in ["eig", "eigh", "eigvals", "eigvalsh"]:
    show(f"{fn} float16", lambda: getattr(np.linalg, fn)(m("float16")))
for dt in ["int32", "float16"]:
    show(f"cholesky {dt}", lambda: np.linalg.cholesky(m(dt)))
    show(f"svd {dt}", lambda: np.linalg.svd(m(dt)))
show("pinv int32", lambda: np.linalg.pinv(m("int32")))
show("pinv int32 rcond", lambda: np.linalg.pinv(m("int32"), rcond=0.5))
show("inv int32", lambda: np.linalg.inv(m("int32")))
for dt in ["int32", "int64", "uint8", "bool"]:
    show(f"tensorinv {dt}", lambda: np.linalg.tensorinv(m(dt), ind=1))
show("tensorinv int32 4-d", lambda: np.linalg.tensorinv(m("int32", (2, 2, 4)), ind=2))
show("tensorinv singular", lambda: np.linalg.tensorinv(np.array([[1., 2], [2, 4]]), ind=1))
show("inv singular", lambda: np.linalg.inv(np.array([[1., 2], [2, 4]])))
show("tensorinv empty", lambda: np.linalg.tensorinv(np.zeros((0, 0)), ind=1))
show("tensorsolve empty", lambda: np.linalg.tensorsolve(np.zeros((0, 0)), np.ones(0)))
show("tensorsolve empty int", lambda: np.linalg.tensorsolve(np.zeros((0, 0), dtype="int32"), np.ones(0, dtype="int32")))
show("tensorsolve empty 3-d", lambda: np.linalg.tensorsolve(np.zeros((0, 2, 0)), np.ones((0, 2))))
show("solve 1-d", lambda: np.linalg.solve(np.ones(2), np.ones(2)))
show("solve not square", lambda: np.linalg.solve(np.ones((2, 3)), np.ones(2)))
show("norm nuc 1-d", lambda: np.linalg.norm(np.ones(3), "nuc"))
show("norm nuc axis 0", lambda: np.linalg.norm(np.ones((3, 3)), "nuc", axis=0))
show("norm three axes", lambda: np.linalg.norm(np.ones((3, 3)), axis=(0, 1, 2)))
show("norm 1-d axes (0,1)", lambda: np.linalg.norm(np.ones(3), axis=(0, 1)))
show("norm 1-d axes (1,0)", lambda: np.linalg.norm(np.ones(3), axis=(1, 0)))
show("norm 2-d axes (0,2)", lambda: np.linalg.norm(np.ones((3, 3)), axis=(0, 2)))
show("norm 2-d axes (2,0)", lambda: np.linalg.norm(np.ones((3, 3)), axis=(2, 0)))
for order in [2, -2, "nuc"]:
    show(f"norm {order} float16", lambda: np.linalg.norm(m("float16"), order))
show("norm -2 int32", lambda: np.linalg.norm(m("int32"), -2))
for dt in ["bool", "int8", "int64"]:
    show(f"pinv {dt}", lambda: np.linalg.pinv(m(dt, (2, 3))))
    show(f"pinv {dt} rcond array", lambda: np.linalg.pinv(m(dt, (2, 3)), rcond=np.array(0.1)))
