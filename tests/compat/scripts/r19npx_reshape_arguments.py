"""npx.reshape's newshape, reverse and order as MXNet's operator reads them: shape text, floats and booleans
refused in its words (naming the attributes given), an empty shape or None against the array's size, a missing
newshape; the function's displayed signature."""
import inspect
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.arange(24).reshape(2, 3, 4)


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.dtype)
    except Exception as e:
        print(label, "->", words(e))


for newshape in ["(6,4)", "[6, 4]", "24", "6,4", [6.0, 4], (6, 4.5), 24.0, True, (True, 24), (onp.int64(6), 4),
                 onp.array([6, 4]), None, (), [], (-1,), -1, (0, -1)]:
    show(f"reshape {newshape!r}", lambda: npx.reshape(a, newshape))
    show(f"reshape {newshape!r} reverse=False", lambda: npx.reshape(a, newshape, reverse=False))
for one in [np.array(3.), np.ones((1, 1))]:
    show(f"{one.shape} to ()", lambda: npx.reshape(one, ()))
    show(f"{one.shape} to None", lambda: npx.reshape(one, None))
show("reverse positional", lambda: npx.reshape(a, (6.0, 4), True))
show("order F", lambda: npx.reshape(a, (6.0, 4), order="F"))
show("order F fine", lambda: npx.reshape(a, (6, 4), order="F"))
show("reverse 'x'", lambda: npx.reshape(a, (6, 4), reverse="x"))
show("reverse None", lambda: npx.reshape(a, (6, 4), reverse=None))
show("reverse 'true'", lambda: npx.reshape(a, (-1, 6), reverse="true"))
show("missing newshape", lambda: npx.reshape(a))
show("missing newshape, reverse", lambda: npx.reshape(a, reverse=True))
show("missing newshape, order", lambda: npx.reshape(a, order="C"))
show("unknown keyword", lambda: npx.reshape(a, (6, 4), foo=1))
print("signature", inspect.signature(npx.reshape))
