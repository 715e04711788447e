"""mx.np.insert's parameter errors (a bool value, a float axis) name the operator's call with its attributes, as MXNet's parser shows them."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx
import numpy as onp

npx.set_np()


def show(label, f):
    try:
        r = f()
        text = "%s %s %s" % (r.dtype, r.shape, r.tolist())
    except Exception as e:  # noqa: BLE001
        text = "%s %r" % (type(e).__name__, str(e))
    print(label, text)


a = np.ones((2, 3))
show("bool at int", lambda: np.insert(a, 1, True))
show("bool at int along axis", lambda: np.insert(a, 1, True, axis=1))
show("bool at slice", lambda: np.insert(a, slice(0, 2), False, axis=0))
show("bool at stepped slice", lambda: np.insert(a, slice(None, None, 2), False))
show("bool at array", lambda: np.insert(a, np.array([0, 1], dtype="int64"), True, axis=1))
show("bool at negative int", lambda: np.insert(a, -1, True, axis=-1))
show("numpy bool", lambda: np.insert(a, 1, onp.bool_(True)))
show("float axis", lambda: np.insert(a, 1, 2., axis=1.5))
show("float axis int value", lambda: np.insert(a, 1, 2, axis=1.5))
show("float axis array value", lambda: np.insert(a, 1, np.ones(2), axis=1.5))
show("float axis at array", lambda: np.insert(a, np.array([1], dtype="int64"), np.ones(2), axis=1.5))
show("float axis at slice", lambda: np.insert(a, slice(0, 1), 2., axis=1.5))
show("float axis at slice array value", lambda: np.insert(a, slice(None, 2, 2), np.ones(2), axis=1.5))
