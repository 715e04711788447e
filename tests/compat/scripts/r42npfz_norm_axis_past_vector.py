"""np.linalg.norm of a vector over a single axis past its end returns a 0-d result that fails when read (unless keepdims; an empty vector's is 0), while other out-of-range axes are refused at the call, as MXNet does."""
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "-> returned", r.shape if hasattr(r, "shape") else r, getattr(r, "dtype", type(r).__name__))
        mx.nd.waitall()
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:150])


inf = float("inf")
for shape in [(4,), (2, 3), ()]:
    for ord_ in [None, 1, 2, -1, inf, 0, 0.5, "fro", "nuc"]:
        for axis in [1, -2, 2, (1,), 5, (0, 2)]:
            for keepdims in [False, True]:
                show("%s ord=%s axis=%s keepdims=%s" % (shape, ord_, axis, keepdims),
                     lambda: np.linalg.norm(np.ones(shape), ord=ord_, axis=axis, keepdims=keepdims))
for dt in ["float16", "float64", "int32", "bool"]:
    show("(3,) %s axis=1" % dt, lambda: np.linalg.norm(np.ones(3, dtype=dt), axis=1))
    show("(0,) %s axis=2" % dt, lambda: np.linalg.norm(np.ones(0, dtype=dt), axis=2))
    show("(0,) %s ord=1 axis=1 value" % dt, lambda: np.linalg.norm(np.ones(0, dtype=dt), ord=1, axis=1).item())
# the failure is raised by the next wait, not by later calls
show("pending", lambda: np.linalg.norm(np.ones((2, 0)), ord=-1, axis=(-2, -1)))
r = np.linalg.norm(np.ones(4), ord=1, axis=1)
show("then a good call", lambda: np.ones(2) + 1)
show("then matrix_rank", lambda: np.linalg.matrix_rank(np.eye(3)))
