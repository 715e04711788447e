"""np.percentile/quantile given a bad q and a bad out=: a non-array q is refused first (quantile scales it by 100 first, None failing there), a legacy q is its operator's refusal, a None q is a missing input after out=."""
import numpy as onp
import mxnet as mx
from _words import words

mx.npx.set_np()
A = mx.np.array([[1., 2., 3.], [4., 5., 6.]])
QS = [("None", None), ("num", 50), ("list", [10, 20]), ("tuple", (1, 2)), ("legacy", mx.nd.array([30.])),
      ("str", "s"), ("array", mx.np.array([25., 75.]))]
OUTS = [("none", None), ("num", 2), ("list", [1]), ("legacy", mx.nd.zeros((2,))), ("shape", mx.np.zeros((7,))),
        ("i32", mx.np.zeros((2,), dtype='int32')), ("onp", onp.zeros((2,), dtype='float32'))]
for name in ("percentile", "quantile"):
    f = getattr(mx.np, name)
    for ql, q in QS:
        for ol, o in OUTS:
            for extra in ({}, {"overwrite_input": True}):
                try:
                    r = f(A, q, out=o, **extra)
                    print(name, ql, ol, extra, "->", r.shape, r.dtype)
                except Exception as e:
                    print(name, ql, ol, extra, "->", words(e)[:120])
