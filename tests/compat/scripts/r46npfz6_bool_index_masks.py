"""mx.np indexing by tuples mixing Python bools, ``...`` and boolean masks follows MXNet's key expansion: masks become positions checked on axes counted without the bools and ``...``, the last bool decides, ``...`` keeps its entry index."""
import mxnet as mx
import numpy as onp

mx.npx.set_np()
np = mx.np


def mask(shape, seed):
    return np.array(onp.random.RandomState(seed).randint(0, 2, size=shape).astype(bool), dtype=bool)


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


a = np.arange(24, dtype="float32").reshape(2, 3, 4)
m2, m23, m3, m34, m234 = mask((2,), 1), mask((2, 3), 2), mask((3,), 3), mask((3, 4), 4), mask((2, 3, 4), 5)
E = Ellipsis
keys = [
    ("True, m23", (True, m23)), ("m23, True", (m23, True)), ("True, m23, 1", (True, m23, 1)),
    ("True, True, m23", (True, True, m23)), ("None, True, m23", (None, True, m23)),
    ("True, m23, None", (True, m23, None)), ("True, 0, m34", (True, 0, m34)), ("0, True, m34", (0, True, m34)),
    ("True, m23, [1, 2]", (True, m23, [1, 2])), ("m23, ...", (m23, E)), ("True, m23, ...", (True, m23, E)),
    ("True, ..., m23", (True, E, m23)), ("..., True, m34", (E, True, m34)), ("..., True, m2", (E, True, m2)),
    ("..., m2", (E, m2)), ("m234, ...", (m234, E)), ("False, True, m23", (False, True, m23)),
    ("True, False, m23", (True, False, m23)), ("True, False, m3", (True, False, m3)),
    ("False, m234, 0", (False, m234, 0)), ("..., ..., m34", (E, E, m34)), ("..., m23, ...", (E, m23, E)),
    ("m23, slice", (m23, slice(1, 3))),
]
for label, key in keys:
    try:
        r = a[key]
        print(label, "get", r.shape, r.asnumpy().ravel().tolist())
    except Exception as e:
        print(label, "get", type(e).__name__, last_line(e))
    if any(k is None for k in key):
        continue
    for value in (-1, np.array([-2.0, -3, -4, -5])):
        b = a.copy()
        try:
            b[key] = value
            print(label, "set", b.asnumpy().ravel().tolist())
        except Exception as e:
            print(label, "set", type(e).__name__, last_line(e))
