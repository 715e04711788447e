"""Number attributes of mx.np routines given as text: what MXNet's double parser reads of them, and its words."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, np.ndarray):
            r = (r.dtype.name, r.shape, r.asnumpy().tolist())
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


texts = ["2", "2.5e0", "-1", "2abc", "F", "f", "f1", "Fx", "nan", "inf", "-inf", "Infinity", " 3", " 3 ", "1e400",
         "0x10", "1.5f", "abc", "", "True", "False", "None", "[1, 2]"]
for t in texts:
    show(f"full {t!r}", lambda: np.full(2, t))
    show(f"full_like {t!r}", lambda: np.full_like(np.ones(2), t))
    show(f"clip lo {t!r}", lambda: np.clip(np.arange(4.), t, None))
    show(f"clip hi {t!r}", lambda: np.clip(np.arange(4.), 1, t))
show("full int32 '2'", lambda: np.full(2, "2", dtype="int32"))
show("full numpy float", lambda: np.full(2, onp.float32(2.5)))
show("full numpy 0-d", lambda: np.full(2, onp.array(3)))
show("full numpy 1-d", lambda: np.full(2, onp.array([1, 2])))
show("full list", lambda: np.full(2, [1, 2]))
show("clip numpy float bounds", lambda: np.clip(np.ones(3), onp.float32(0.1), onp.float64(0.5)))
show("clip 1-d bound", lambda: np.clip(np.ones(2), np.ones(2), None))
for a in [2, 2.5, True, onp.int8(7), onp.float32(-1.5)]:
    show(f"clip number {a!r}", lambda: (lambda r: (type(r).__name__, r))(np.clip(a, 0, 1)))
show("clip number no bounds", lambda: np.clip(2, None, None))
show("clip list", lambda: np.clip([1, 2], 0, 1))
