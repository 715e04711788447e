"""np.empty_like refuses a new shape and a dtype that is no type as MXNet does."""
import pytest

import distnet as mx
from distnet.base import MXNetError


@pytest.fixture(autouse=True)
def _np_semantics():
    mx.npx.set_np()
    yield
    mx.npx.reset_np()


@pytest.mark.parametrize("shape", [(2, 3), 7, "1"])
def test_new_shape_is_not_implemented(shape):
    with pytest.raises(NotImplementedError):
        mx.np.empty_like(mx.np.ones((2, 3)), shape=shape)


@pytest.mark.parametrize("dtype, error", [(7, NotImplementedError), (1.5, NotImplementedError),
                                          (True, NotImplementedError), ("abc", MXNetError), ("1", MXNetError)])
def test_dtype_that_is_no_type_is_refused(dtype, error):
    with pytest.raises(error):
        mx.np.empty_like(mx.np.ones((2, 3)), dtype=dtype)


def test_valid_dtypes_and_no_shape_work():
    x = mx.np.ones((2, 3))
    assert mx.np.empty_like(x, shape=None).shape == (2, 3)
    assert mx.np.empty_like(x, dtype="float64").dtype == mx.np.float64
    assert mx.np.empty_like(x, dtype=float).dtype == mx.np.float64
