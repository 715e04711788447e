"""mx.np's broadcasting binary functions and operators given shapes that do not broadcast, called alone and inside
a hybridized block (where the graph node is named): MXNet's broadcast check words for each."""
import re

import mxnet as mx
from mxnet import gluon, np, npx


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    text = re.sub(r"\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", text)
    return f"{type(e).__name__}: {text}"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if hasattr(r, "asnumpy") else r)
    except Exception as e:  # noqa: BLE001
        print(label, "->", words(e))


class Pair(gluon.HybridBlock):
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.fn = name

    def hybrid_forward(self, F, a, b):
        return getattr(F.np, self.fn)(a, b)


npx.set_np()
a, b, c = np.ones((2, 3)), np.ones((3, 3)), np.ones((4, 1, 3))
for name in ("add", "subtract", "multiply", "true_divide", "maximum", "minimum", "power", "mod", "hypot",
             "arctan2", "copysign", "ldexp", "equal", "not_equal", "greater", "greater_equal", "less", "less_equal"):
    attempt(f"{name} (2, 3) (3, 3)", lambda: getattr(np, name)(a, b))
    attempt(f"{name} (2, 3) (4, 1, 3)", lambda: getattr(np, name)(a, c).shape)
    block = Pair(name, prefix=name + "_")
    block.hybridize()
    attempt(f"hybridized {name} (2, 3) (3, 3)", lambda: block(a, b))
for symbol, fn in (("+", lambda: a + b), ("-", lambda: a - b), ("*", lambda: a * b), ("/", lambda: a / b),
                   ("==", lambda: a == b), ("<", lambda: a < b), ("**", lambda: a ** b)):
    attempt(f"a {symbol} b", fn)
