"""clip_global_norm fails in the NDArray step where MXNet's does (bare assert, attribute, division, dot) and warns once."""
import fractions
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import utils


def attempt(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(label, "->", fn())
        except mx.base.MXNetError as e:       # C++ checks: the type only
            print(label, "raises MXNetError")
        except Exception as e:
            print(label, "raises", type(e).__name__, repr(str(e)[:80]))
    print("  warnings", [(w.category.__name__, str(w.message)) for w in caught
                         if not issubclass(w.category, DeprecationWarning)])


attempt("empty list", lambda: utils.clip_global_norm([], 1.0))
attempt("numpy array first", lambda: utils.clip_global_norm([np.ones(3)], 1.0))
attempt("list second", lambda: utils.clip_global_norm([nd.ones(3), [1.0]], 1.0))
attempt("max_norm None", lambda: utils.clip_global_norm([nd.ones(3)], None))
attempt("max_norm str", lambda: utils.clip_global_norm([nd.ones(3)], "1"))
attempt("max_norm Fraction", lambda: utils.clip_global_norm([nd.ones(3)], fractions.Fraction(1, 2)))
attempt("max_norm float64 NDArray", lambda: utils.clip_global_norm([nd.ones(3)], nd.array([1.0], dtype="float64")))
attempt("max_norm 2-element NDArray", lambda: utils.clip_global_norm([nd.ones(3)], nd.array([1.0, 2.0])))
attempt("mx.np array", lambda: utils.clip_global_norm([mx.np.ones((2, 3))], 1.0))
for dtype in ("float16", "float64", "int32", "uint8"):
    attempt("dtype " + dtype, lambda: utils.clip_global_norm([nd.ones(3, dtype=dtype)], 1.0))
attempt("mixed dtypes", lambda: utils.clip_global_norm([nd.ones(3), nd.ones(3, dtype="float64")], 1.0))
for check in (True, False):
    big = [nd.array([1e30, 1e30]), nd.array([3.0])]
    attempt("overflow check_isfinite=%s" % check, lambda: utils.clip_global_norm(big, 1.0, check))
    print("  clipped", [a.asnumpy().tolist() for a in big])
    parts = [nd.array([[0.5, -1.5], [2.0, 0.25]]), nd.array([3.0, 1.0, -2.0])]
    attempt("values check_isfinite=%s" % check, lambda: utils.clip_global_norm(parts, 2.0, check_isfinite=check))
    print("  clipped", [a.asnumpy().tolist() for a in parts])
mx.npx.set_np()
attempt("np mode mx.np array", lambda: utils.clip_global_norm([mx.np.ones((2, 3))], 1.0))
attempt("np mode NDArray", lambda: utils.clip_global_norm([nd.ones((2, 3))], 1.0))
