"""The reshape method's forms and refusals (legacy and mx.np, with and without NumPy shapes), astype(copy=False),
.T of 0-d to 3-d arrays, and which results keep a read-only array's writable flag."""
import numpy as np

import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, mx.nd.NDArray):
            r = f"{type(r).__name__} {r.shape} {np.dtype(r.dtype).name} {r.asnumpy().ravel().tolist()}"
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


for np_shape in (False, True):
    print("-- np shape", np_shape)
    if np_shape:
        mx.npx.set_np()
    for mod in (mx.nd, mx.np):
        name = mod.__name__.split(".")[-1]
        x = mod.array([[1., 2.], [3., 4.]])
        for label, fn in [("shape=", lambda: x.reshape(shape=(4,))), ("shape= reverse", lambda: x.reshape(shape=(-1, 0), reverse=True)),
                          ("-1", lambda: x.reshape(-1)), ("(-1,)", lambda: x.reshape((-1,))), ("4, 1", lambda: x.reshape(4, 1)),
                          ("list", lambda: x.reshape([4])), ("order F", lambda: x.reshape((4,), order="F")),
                          ("order C", lambda: x.reshape((4,), order="C")), ("newshape=", lambda: x.reshape(newshape=(4,))),
                          ("unknown kw", lambda: x.reshape((4,), foo=1)), ("nothing", lambda: x.reshape()),
                          ("both", lambda: x.reshape((4,), shape=(4,))), ("-2", lambda: x.reshape(-2)),
                          ("0, -1", lambda: x.reshape(0, -1)), ("-3", lambda: x.reshape(-3)), ("smaller", lambda: x.reshape(3)),
                          ("larger", lambda: x.reshape(5)), ("zero", lambda: x.reshape(0)), ("-1, 3", lambda: x.reshape(-1, 3)),
                          ("float", lambda: x.reshape(4.0)), ("reshape_like", lambda: x.reshape_like(mod.ones((4,))))]:
            attempt(f"{name} reshape {label}", fn)
        for dtype in ("float32", np.float32, "float64", None, "int32", "bool", "int16", "foo"):
            attempt(f"{name} astype {dtype} copy=False", lambda: (lambda r: (r is x, r))(x.astype(dtype, copy=False)))
        for shape in ((), (3,), (2, 3), (2, 3, 4)):
            y = mod.array(np.arange(int(np.prod(shape))).reshape(shape))
            attempt(f"{name} T of {shape}", lambda: (y.T is y, y.T.shape))
        x.writable = False
        for label, fn in [("reshape", lambda: x.reshape(4)), ("reshape shape=", lambda: x.reshape(shape=(4, 1))),
                          ("reshape_like", lambda: x.reshape_like(mod.ones((4,)))), ("T", lambda: x.T),
                          ("flatten", lambda: x.flatten()), ("expand_dims", lambda: x.expand_dims(0)),
                          ("astype copy=False", lambda: x.astype("float32", copy=False)), ("copy", lambda: x.copy())]:
            attempt(f"{name} read-only {label} writable", lambda: fn().writable)
