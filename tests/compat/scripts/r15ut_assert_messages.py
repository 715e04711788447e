"""test_utils comparisons: what passes, and the words and worst-error report of what does not."""
import numpy as np
import mxnet as mx
from mxnet import test_utils as tu


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, str(e).replace("\n", " | "))


pairs = {
    "f32": (np.array([1.0, 2.0, 3.0], dtype=np.float32), np.array([1.0, 2.1, 3.0], dtype=np.float32)),
    "f16": (np.array([1.0, 2.0, 3.0], dtype=np.float16), np.array([1.0, 2.1, 3.0], dtype=np.float16)),
    "int": (np.array([1, 2, 3]), np.array([1, 2, 4])),
    "nan": (np.array([1.0, np.nan, 3.0]), np.array([1.0, np.nan, 3.0])),
    "inf": (np.array([np.inf, 1.0]), np.array([-np.inf, 1.0])),
    "3d": (np.arange(24, dtype=np.float32).reshape(2, 3, 4),
           np.arange(24, dtype=np.float32).reshape(2, 3, 4) + (np.arange(24).reshape(2, 3, 4) == 17) * 0.5),
    "nd": (mx.nd.array([1.0, 2.0, 3.0]), mx.nd.array([1.0, 2.5, 3.0])),
    "nd64": (mx.nd.array([1.0, 2.0], dtype="float64"), np.array([1.0, 2.0000001])),
    "np": (mx.np.array([1.0, 2.0]), mx.np.array([1.0, 2.5])),
    "scalar": (3.0, 3.1),
    "broadcast": (np.ones((2, 3)), np.ones((1, 3)) * 2),
}
for name, (a, b) in pairs.items():
    for kw in [{}, {"rtol": 0.1, "atol": 0.1}, {"names": ("lhs", "rhs")}, {"equal_nan": True}, {"mismatches": (1, 1)}]:
        attempt(f"assert_almost_equal {name} {kw}", lambda: tu.assert_almost_equal(a, b, **kw))
    attempt(f"almost_equal {name}", lambda: tu.almost_equal(a, b))
    attempt(f"same {name}", lambda: tu.same(a, b))
    attempt(f"ignore_nan {name}", lambda: tu.assert_almost_equal_ignore_nan(a, b))
attempt("shapes differ", lambda: tu.assert_almost_equal(np.ones((2, 3)), np.ones((3, 2))))
attempt("use_broadcast=False", lambda: tu.assert_almost_equal(np.ones((2, 3)), np.ones((1, 3)), use_broadcast=False))
attempt("with_err pass", lambda: tu.assert_almost_equal_with_err(np.array([1., 2., 3., 4.]),
                                                                  np.array([1., 2., 3., 5.]), etol=0.3))
attempt("with_err fail", lambda: tu.assert_almost_equal_with_err(np.array([1., 2., 3., 4.]),
                                                                  np.array([1., 2., 3., 5.]), etol=0.1))
attempt("assert_exception ok", lambda: tu.assert_exception(int, ValueError, "x"))
attempt("assert_exception wrong type", lambda: tu.assert_exception(lambda: int("x"), TypeError))
attempt("assert_exception nothing raised", lambda: tu.assert_exception(lambda: 1, ValueError))
for dt in [np.float16, np.float32, np.float64, np.int32, np.uint8, np.bool_]:
    attempt(f"tolerances {np.dtype(dt)}", lambda: (tu.get_rtol(None, np.dtype(dt)), tu.get_atol(None, np.dtype(dt)),
                                                   tu.effective_dtype(np.zeros(1, dtype=dt))))
attempt("get_tols", lambda: tu.get_tols(np.ones(2), np.ones(2, dtype=np.float16), None, None))
