"""Legacy NDArray methods refuse keywords their operator lacks, None too (numpy's np.mean(x) passes dtype=None);
np.sum(x) passes none of them and works. mx.np arrays accept numpy's None keywords."""
import numpy as np

import mxnet as mx

a = mx.nd.array([[1, 2], [3, 5]])


def show(label, fn):
    try:
        out = fn()
        print(label, "->", type(out).__name__, repr(out).replace("\n", "|"))
    except Exception as e:       # noqa: BLE001 -- the error class is part of the behaviour
        print(label, "-> error", type(e).__name__)


show("a.sum(dtype=None)", lambda: a.sum(dtype=None))
show("a.mean(dtype=None)", lambda: a.mean(dtype=None))
show("a.argsort(order=None)", lambda: a.argsort(order=None))
show("a.max(axis=None)", lambda: a.max(axis=None))
show("a.sum(out=None)", lambda: a.sum(out=None))
show("a.argmax(axis=1, out=None)", lambda: a.argmax(axis=1, out=None))
show("np.sum(a)", lambda: np.sum(a))
show("np.max(a)", lambda: np.max(a))
show("np.min(a)", lambda: np.min(a))
show("np.prod(a)", lambda: np.prod(a))
show("np.argmax(a)", lambda: np.argmax(a))
show("np.mean(a)", lambda: np.mean(a))
show("np.argsort(a)", lambda: np.argsort(a))
show("np.round(a)", lambda: np.round(a))
show("np.clip(a, 0, 1)", lambda: np.clip(a, 0, 1))
mx.npx.set_np()
b = mx.np.array([[1, 2], [3, 5]])
show("np b.sum(dtype=None)", lambda: b.sum(dtype=None))
show("np b.mean(dtype=None)", lambda: b.mean(dtype=None))
show("np np.mean(b)", lambda: np.mean(b))
show("np np.sum(b)", lambda: np.sum(b))
