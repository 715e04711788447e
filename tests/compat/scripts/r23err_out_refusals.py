"""An out= array of another shape or type is refused in MXNet's words alone; so is an array given as a sample size."""
# recorded on AVX2
import mxnet as mx
from _words import words

nd, np = mx.nd, mx.np


def whole(e):
    """words(e), then every line the message has after the line words() shows."""
    w = words(e)
    lines = str(e).split("\n")
    said = w.split(": ", 1)[-1]
    at = [i for i, line in enumerate(lines) if said and said in line]
    return "\n".join([w] + (lines[at[-1] + 1:] if at else []))


def legacy(name, args, out):
    return lambda: getattr(nd, name)(*[nd.ones(s) for s in args], out=out()).asnumpy()


CASES = [(f"nd.{name} out {shape} {dtype}", legacy(name, args, lambda shape=shape, dtype=dtype: nd.zeros(shape, dtype=dtype)))
         for name, args in [("relu", [(2, 3)]), ("broadcast_add", [(2, 3), (1, 3)]), ("dot", [(2, 3), (3, 4)]),
                            ("sum", [(2, 3)]), ("elemwise_add", [(2, 3), (2, 3)])]
         for shape, dtype in [((4, 5), "float32"), ((2,), "float32")]]
CASES += [(f"nd.{name} out int32", legacy(name, args, lambda s=s: nd.zeros(s, dtype="int32")))
          for name, args, s in [("relu", [(2, 3)], (2, 3)), ("broadcast_mul", [(2, 3), (2, 3)], (2, 3))]]
for name, shape in [("sum", ()), ("max", ()), ("exp", (2, 3)), ("add", (2, 3)), ("dot", (2, 2))]:
    def call(name=name, shape=shape):
        mx.npx.set_np()
        try:
            a = np.ones((2, 3))
            args = (a,) if name in ("sum", "max", "exp") else (a, a) if name == "add" else (a, a.T)
            return getattr(np, name)(*args, out=np.zeros((4, 5))).shape
        finally:
            mx.npx.reset_np()
    CASES.append((f"np.{name} out (4, 5)", call))
for name in ("uniform", "normal"):
    def draw(name=name):
        mx.npx.set_np()
        try:
            return getattr(np.random, name)(size=np.ones((2,)))
        finally:
            mx.npx.reset_np()
    CASES.append((f"np.random.{name} size array", draw))

for label, fn in CASES:
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", whole(e))
