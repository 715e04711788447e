"""Legacy NDArrays indexed by mx.np index arrays and mx.np arrays by legacy ones (with and without npx.set_np()): what works, and MXNet's refusals in its words."""
import numpy as onp
import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except (AssertionError, AttributeError) as e:        # (their messages print the index arrays on several lines)
        print(label, "->", type(e).__name__, " | ".join(str(e).split("\n")))
    except Exception as e:
        print(label, "->", words(e))


def run(mode):
    make = mx.np.array if mode == "np" else mx.nd.array
    keys = [("nd int", lambda: mx.nd.array([0, 2], dtype="int32")), ("nd float", lambda: mx.nd.array([0, 2])),
            ("nd bool", lambda: mx.nd.array([1, 0, 1], dtype="bool")), ("np int", lambda: mx.np.array([0, 2], dtype="int32")),
            ("np float", lambda: mx.np.array([0., 2.])), ("np bool", lambda: mx.np.array([True, False, True], dtype=bool)),
            ("np 2d", lambda: mx.np.array([[0], [2]], dtype="int64"))]
    for name, key in keys:
        for op in ["get", "set", "pair"]:
            def go():
                a = make(onp.arange(12).reshape(3, 4))
                k = key()
                if op == "set":
                    a[k] = 7
                    return a.asnumpy().ravel().tolist()
                r = a[k] if op == "get" else (a[1, k] if k.shape[0] != 3 else a[k, 1])
                return type(r).__name__, r.shape, r.asnumpy().ravel().tolist()
            attempt(f"{mode} {name} {op}", go)


run("nd")
mx.npx.set_np()
run("np")
run("nd")
