"""mx.np.linalg.norm's bool matrix norms fail naming its kernel's line and integer ±inf vector norms log the integer
warning as MXNet; diff/ediff1d of bools, bool sums with other dtypes and LeakyReLU of int8 name MXNet's lines."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
from _stderr import stderr_of

npx.set_np()


def show(label, f):
    """The call's result (or error), then what it logged on stderr (file descriptor 2), without the time."""
    def result():
        r = f()
        return f"{r.shape} {r.dtype} {r.asnumpy().tolist()}"
    shown, logged = stderr_of(result)
    if isinstance(shown, Exception):
        shown = f"{type(shown).__name__} " + " | ".join(str(shown).split("\n")[1:3])
    print(label, shown)
    for line in logged:
        print("   ", line[:90])


b = np.ones((3, 4), dtype=bool)
i = np.ones((3, 4), dtype="int32")
for order in [None, 1, -1, np.inf, -np.inf, 3]:
    show(f"norm bool {order}", lambda: np.linalg.norm(b, order))
show("norm bool 1 axes", lambda: np.linalg.norm(b, 1, axis=(0, 1)))
show("norm bool inf keepdims", lambda: np.linalg.norm(b, np.inf, keepdims=True))
show("norm bool vector inf", lambda: np.linalg.norm(b[0], np.inf))
show("norm int inf axis 0", lambda: np.linalg.norm(i, np.inf, axis=0))
show("norm int -inf axis 1", lambda: np.linalg.norm(i, -np.inf, axis=1))
show("norm int vector inf", lambda: np.linalg.norm(i[0], np.inf))
show("norm int matrix inf", lambda: np.linalg.norm(i, np.inf))
show("diff bool", lambda: np.diff(b))
show("diff bool n=2 axis 0", lambda: np.diff(b, n=2, axis=0))
show("ediff1d bool", lambda: np.ediff1d(b))
for fn in ["sum", "prod"]:
    for dt in ["int8", "float16", "uint8"]:
        show(f"{fn} bool dtype {dt}", lambda: getattr(np, fn)(b, dtype=dt))
for dt in ["int8", "uint8", "int32"]:
    show(f"leaky_relu {dt}", lambda: npx.leaky_relu(np.ones((2, 2), dtype=dt)))
