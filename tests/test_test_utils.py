"""mx.test_utils: symbolic checks, closeness helpers."""
import numpy as np
import pytest

import distnet as mx
from distnet import test_utils as tu
from distnet.base import message_of


def test_check_symbolic_forward_and_backward():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    s = a * b + a
    x, y = np.array([1.0, 2.0]), np.array([3.0, 4.0])
    out = tu.check_symbolic_forward(s, [x, y], [x * y + x])
    assert out[0].dtype == np.float32
    grads = tu.check_symbolic_backward(s, {"a": x, "b": y}, [np.ones(2)], {"a": y + 1, "b": x})
    assert grads["b"].asnumpy().tolist() == [1.0, 2.0]  # NDArrays, as MXNet returns
    with pytest.raises(AssertionError):
        tu.check_symbolic_forward(s, [x, y], [x * y])
    with pytest.raises(AssertionError):
        tu.check_symbolic_backward(s, [x, y], [np.ones(2)], [y, x])


def test_simple_forward_and_helpers():
    a, b = mx.sym.var("a"), mx.sym.var("b")
    assert tu.simple_forward(a - b, a=np.array([3.0]), b=np.array([1.0])).tolist() == [2.0]
    tu.assert_exception(lambda: 1 / 0, ZeroDivisionError)
    with pytest.raises(AssertionError):
        tu.assert_exception(lambda: 1, ZeroDivisionError)
    x = mx.nd.ones(3)
    assert tu.same_array(x, x[:]) and not tu.same_array(x, x.copy())
    tu.assert_almost_equal_ignore_nan(np.array([1.0, np.nan]), np.array([1.0, 5.0]))
    assert len(tu.rand_shape_3d()) == 3


def test_star_import_gives_mxnets_module_level_names():
    namespace = {}
    exec("from distnet.test_utils import *", namespace)      # MXNet's module has no __all__
    for name in ("mx", "np", "os", "rnd", "npt", "Context", "Symbol", "Features", "OrderedDict", "contextmanager",
                 "array", "use_np", "getenv", "setenv", "np_symbol", "get_cuda_compute_capability", "environment",
                 "assert_almost_equal", "default_context"):
        assert name in namespace, name
    import distnet
    assert namespace["mx"] is distnet and namespace["rnd"] is np.random
    from distnet.test_utils import _STORAGE_TYPE_STR_TO_ID, _features
    assert _STORAGE_TYPE_STR_TO_ID["csr"] == 2 and not _features.is_enabled("CUDA")


def test_assert_exception_fails_with_a_bare_assertion():
    with pytest.raises(AssertionError) as info:
        tu.assert_exception(lambda: 1, ZeroDivisionError)
    assert message_of(info.value) == ""
