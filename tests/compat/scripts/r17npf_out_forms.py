"""mx.np functions given out= arrays of other shapes and dtypes, over every dtype: the refusal MXNet makes at the
call (shape before type), which leaves no kernel error behind for the next call, and functions that hand out= to
their operator (roll, diag, atleast_1d)."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def attempt(label, fn):
    try:
        r = fn()
        mx.nd.waitall()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e).splitlines()[0])


for dtype in ["float16", "float32", "int8", "int32", "bool"]:
    x = (np.arange(6).reshape(2, 3) % 3).astype(dtype)
    for name in ["mean", "std", "var", "sum", "prod", "argmax", "argmin", "average", "trace", "cumsum", "amax",
                 "diag", "diagflat", "diagonal", "atleast_1d", "atleast_3d"]:
        attempt(f"{name} {dtype} out=(2,3)", lambda: getattr(np, name)(x, out=np.zeros((2, 3), dtype=dtype)))
    attempt(f"roll {dtype} out=(2,3)", lambda: np.roll(x, 1, out=np.zeros((2, 3), dtype=dtype)))
    attempt(f"mean {dtype} out=() float32", lambda: np.mean(x, out=np.zeros((), dtype="float32")))
    attempt(f"where bool/{dtype}/bool", lambda: np.where(x.astype("bool"), x, x.astype("bool")))
    attempt(f"polyval {dtype}", lambda: np.polyval(np.array([1., 2.]), x))
