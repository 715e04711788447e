"""split_v2 parses the attributes it hands its operator before cutting, and a write through a key refuses a zero step before a backward slice."""
import numpy as np
import mxnet as mx

nd = mx.nd


def attempt(label, fn):
    try:
        r = fn()
        print(label, [p.shape for p in r] if isinstance(r, list) else r.asnumpy().ravel().tolist()[:8])
    except Exception as e:
        print(label, type(e).__name__, str(e))


def written(a, key, value):
    a = a.copy()
    a[key] = value
    return a


attempt("x.split_v2(1, 0, 3)", lambda: nd.ones((5, 4, 3)).split_v2(1, 0, 3))
attempt("split_v2(x, 1, 0, 3)", lambda: nd.split_v2(nd.ones((5, 4, 3)), 1, 0, 3))
attempt("split_v2(x, (2,), 0, 'x')", lambda: nd.split_v2(nd.ones((5, 4, 3)), (2,), 0, "x"))
attempt("split_v2(x, 1, 0, True)", lambda: nd.split_v2(nd.ones((5, 4, 3)), 1, 0, True))
attempt("split_v2(x, 5, 0, True)", lambda: nd.split_v2(nd.ones((5, 4, 3)), 5, 0, True))
attempt("split_v2(x, (1, 3), 1)", lambda: nd.split_v2(nd.ones((5, 4, 3)), (1, 3), 1))
x = nd.zeros((4, 3, 2))
attempt("backward slice then zero step", lambda: written(x, (2, slice(1, 0, None), slice(1, 10, 0)), 1))
attempt("array value", lambda: written(x, (2, slice(1, 0, None), slice(1, 10, 0)), np.arange(1.0)))
attempt("backward slice", lambda: written(x, (2, slice(1, 0, None), slice(1, 10)), 1))
attempt("np.bool_ value", lambda: written(x, (1, [0, 1], 1), np.bool_(True)))
attempt("True value", lambda: written(x, (1, [0, 1], 1), True))
