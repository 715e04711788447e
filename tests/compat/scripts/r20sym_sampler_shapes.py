"""mx.sym.random without a sample shape: an explicit None is kept as an attribute, legacy shape inference leaves
the shape undecided unless the graph around the sampler tells it, and binding an undecided one is refused;
randint checks its bounds as the other samplers do."""
import re
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
V, R = mx.sym.var, mx.sym.random


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, mx.sym.Symbol):
            r = (r.name, r.list_attr())
        print(label, "->", r)
    except Exception as e:
        print(label, "->", re.sub(r"'(mxnet|distnet)\.", "'", words(e)))     # module paths as the package names them


def bounded(s, low, high):
    out = s.asnumpy()
    return out.shape, str(out.dtype), bool(((out >= low) & (out < high)).all())


samplers = [("uniform", R.uniform, ()), ("normal", R.normal, ()), ("exponential", R.exponential, ()),
            ("gamma", R.gamma, ()), ("poisson", R.poisson, ()), ("negative_binomial", R.negative_binomial, ()),
            ("generalized_negative_binomial", R.generalized_negative_binomial, ()), ("randint", R.randint, (0, 4))]
for label, fn, bounds in samplers:
    attempt(f"{label} default", lambda: fn(*bounds))
    attempt(f"{label} shape=None", lambda: fn(*bounds, shape=None))
    attempt(f"{label} shape=None dtype=None", lambda: fn(*bounds, shape=None, dtype=None))
    attempt(f"{label} shape=()", lambda: fn(*bounds, shape=()))
    attempt(f"{label} infer_shape", lambda: fn(*bounds).infer_shape())
    attempt(f"{label} infer_shape_partial", lambda: fn(*bounds, shape=None).infer_shape_partial())
    attempt(f"{label} infer_type", lambda: fn(*bounds).infer_type())
    attempt(f"{label} eval", lambda: fn(*bounds).eval())
    attempt(f"{label} (2, 0) eval", lambda: fn(*bounds, shape=(2, 0)).eval())
    attempt(f"{label} + x infer", lambda: (fn(*bounds) + V("x")).infer_shape(x=(2, 3)))
    attempt(f"{label} * x eval", lambda: (fn(*bounds) * V("x")).eval(x=mx.nd.ones((2, 3)))[0].shape)
attempt("uniform + x values", lambda: bounded((R.uniform(2, 3) + V("x")).eval(x=mx.nd.zeros((4,)))[0], 2, 3))
attempt("randint + x values", lambda: bounded((R.randint(0, 3) + V("x")).eval(x=mx.nd.zeros((5,), dtype="int32"))[0],
                                              0, 3))
attempt("sample with symbol parameters", lambda: R.normal(V("m"), V("s"), shape=None))
attempt("multinomial shape=None", lambda: R.multinomial(V("p"), shape=None))
attempt("zeros(()) eval", lambda: mx.sym.zeros(()).eval())
attempt("zeros(()) + x", lambda: (mx.sym.zeros(()) + V("x")).eval(x=mx.nd.ones((2,)))[0].asnumpy().tolist())
for label, low, high in [("symbol, number", V("a"), 5), ("number, symbol", 1, V("b")), ("two symbols", V("a"), V("b")),
                         ("str", "a", 1), ("None", None, 3), ("NDArray", mx.nd.ones(1), 3), ("float", 1.5, 3)]:
    attempt(f"randint {label}", lambda: R.randint(low, high))
attempt("randint dtype int64", lambda: R.randint(1, 3, shape=(2,), dtype="int64"))
attempt("randint dtype float32", lambda: R.randint(1, 3, dtype="float32"))
for name in ["zzz", "isfinite"]:
    attempt(f"sym.contrib.{name}", lambda: getattr(mx.sym.contrib, name))
    attempt(f"nd.contrib.{name} exists", lambda: hasattr(mx.nd.contrib, name))
