"""mx.np functions handed a keyword their operator does not declare list its parameters with their descriptions."""
# recorded on AVX2
import mxnet as mx
from _words import words

mx.npx.set_np()
a = mx.np.ones((2, 3))
NAMES = ["sum", "prod", "product", "max", "amax", "min", "amin", "all", "any", "sometrue", "cumsum", "trace",
         "diagonal", "atleast_1d", "atleast_2d", "atleast_3d", "diag", "diagflat", "around", "squeeze", "transpose",
         "repeat", "roll", "reshape", "moveaxis"]
ARGS = {"repeat": (a, 2), "roll": (a, 1), "reshape": (a, (6,)), "moveaxis": (a, 0, 1)}


def whole(e):
    """words(e), then every line the message has after the line words() shows."""
    w = words(e)
    lines = str(e).split("\n")
    said = w.split(": ", 1)[-1]
    at = [i for i, line in enumerate(lines) if said and said in line]
    return "\n".join([w] + (lines[at[-1] + 1:] if at else []))


for name in NAMES:
    for key, value in (("bogus", 1), ("size", (2,)))[:1 if name == "moveaxis" else 2]:
        try:
            print(name, key, "->", getattr(mx.np, name)(*ARGS.get(name, (a,)), **{key: value}).shape)
        except Exception as e:
            print(name, key, "raises", whole(e))
