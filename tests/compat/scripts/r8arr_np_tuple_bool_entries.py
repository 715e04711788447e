# mx.np tuple keys: a numpy bool array or a list of bools inside a tuple is read as positions (True is 1) as
# MXNet reads it, with or without NumPy semantics; an mx.np mask beside other entries is refused without them.
import numpy as np
import mxnet as mx


def run(tag, key):
    c = mx.np.arange(24).reshape(2, 3, 4)
    try:
        print(tag, "get", c[key].shape, float(c[key].sum()))
    except Exception as e:
        print(tag, "get error", type(e).__name__)
    try:
        c[key] = 7
        print(tag, "set", float(c.sum()))
    except Exception as e:
        print(tag, "set error", type(e).__name__)


for mode in ("legacy", "numpy"):
    if mode == "numpy":
        mx.npx.set_np()
    m = mx.np.array([1, 0, 1], dtype="bool")
    run(mode + " slice_mask", (slice(None), m))
    run(mode + " int_mask", (0, m))
    run(mode + " mask_alone", (m,))
    run(mode + " ellipsis_bad_mask", (Ellipsis, mx.np.array([1, 0, 1, 1], dtype="bool")))
    run(mode + " np_bools", (np.array([True, False]),))
    run(mode + " list_bools", ([True, False],))
    run(mode + " slice_list_bools", (slice(None), [True, False, True]))
    run(mode + " python_bool", (True,))
    run(mode + " np_mask_alone", np.array([True, False]))
