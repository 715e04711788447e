"""mx.test_utils closeness checks: reports, names, tolerances, shapes without broadcasting, NaNs."""
import mxnet as mx
import numpy as np
from mxnet.test_utils import assert_almost_equal, almost_equal, assert_almost_equal_ignore_nan, assert_allclose, same
a = np.array([[1., 2.], [3., 4.]], dtype=np.float32)
b = a.copy(); b[1, 0] = 3.1
for args in ((a, b), (mx.nd.array(a), b), (a, b.astype(np.float64)), (a, b, 1e-1, 1e-1)):
    try:
        assert_almost_equal(*args)
        print("ok")
    except AssertionError as e:
        print("AssertionError")
        print(str(e))
try:
    assert_almost_equal(a, b, names=('x', 'y'), equal_nan=True, mismatches=(1, 1))
except AssertionError as e:
    print(str(e))
try:
    assert_almost_equal(a, a[:1], use_broadcast=False)
except AssertionError as e:
    print("shape", str(e)[:200])
print(almost_equal(a, b), almost_equal(a, b, rtol=0.1))
assert_almost_equal_ignore_nan(np.array([np.nan, 1.]), np.array([5., 1.]))
try:
    assert_allclose(a, b)
except AssertionError as e:
    print("allclose AssertionError")
print(same(a, a), same(a, b))
