"""np.empty_like refuses a new shape and a dtype that is no type as MXNet does."""
import numpy
import pytest

import distnet as mx
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


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



@pytest.mark.parametrize("dtype", ["int16", "bool", bool, "foo"])
def test_dtype_the_fallback_operator_does_not_know_is_an_mxnet_error(dtype):
    with pytest.raises(MXNetError, match=r"Check failed: reinterpret_cast<CustomOpInferTypeFunc>\( params"):
        mx.np.empty_like(mx.np.ones((2, 3)), dtype=dtype)


@pytest.mark.parametrize("dtype", [numpy.dtype("float32"), numpy.int16, [1]])
def test_dtype_objects_miss_the_front_end_table(dtype):
    with pytest.raises(NotImplementedError, match="^Do not support this dtype at this moment$"):
        mx.np.empty_like(mx.np.ones((2, 3)), dtype=dtype)


@pytest.mark.parametrize("dtype, expected", [("float", "float64"), ("int", "int64"), ("bool_", "bool"),
                                             ("None", "float32"), (int, "int64"), (numpy.bool_, "bool")])
def test_names_and_types_of_the_tables(dtype, expected):
    assert mx.np.empty_like(mx.np.ones((2, 3)), dtype=dtype).dtype.name == expected


def test_subok_is_refused_before_a_new_shape():
    with pytest.raises(NotImplementedError, match="^Creating array by using sub-class is not supported at this moment$"):
        mx.np.empty_like(mx.np.ones(2), subok=True, shape=3)


def test_recorded_empty_like_refuses_its_backward():
    x = mx.np.ones((2, 3))
    x.attach_grad()
    with mx.autograd.record():
        y = mx.np.empty_like(x)
    y.backward()        # MXNet's Custom operator fails in its backward kernel: the error shows at the read
    with pytest.raises(MXNetError, match="CustomOpFBFunc"):
        x.grad.asnumpy()
