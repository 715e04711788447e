"""dot, batch_dot and linalg.gemm2/gemm refuse inputs of two dtypes (float32 with float64 too) with MXNet's
type-inference MXNetError, before the float-only kernel check."""
import pytest

from distnet import nd
from distnet.base import MXNetError


@pytest.mark.parametrize("call", [
    lambda a, b: nd.dot(a, b),
    lambda a, b: nd.batch_dot(a.reshape((1, 2, 2)), b.reshape((1, 2, 2))),
    lambda a, b: nd.linalg.gemm2(a, b),
    lambda a, b: nd.linalg.gemm(a, a, b),
])
@pytest.mark.parametrize("first, second", [("float32", "float64"), ("float64", "float32"), ("int32", "float32")])
def test_mixed_dtypes_are_refused(call, first, second):
    with pytest.raises(MXNetError, match=f"Incompatible attr in node  at [12]-th input: expected {first}, "
                                         f"got {second}"):
        call(nd.ones((2, 2), dtype=first), nd.ones((2, 2), dtype=second))


def test_one_float_dtype_still_multiplies():
    assert nd.dot(nd.ones((2, 2), dtype="float64"), nd.ones((2, 2), dtype="float64")).asnumpy().tolist() == \
        [[2, 2], [2, 2]]


@pytest.mark.parametrize("call", [lambda a, b: nd.dot(a, b),
                                  lambda a, b: nd.batch_dot(a.reshape((1, 2, 2)), b.reshape((1, 2, 2)))])
def test_a_bool_input_is_named_unknown(call):
    # MXNet's type table has no name for bool
    with pytest.raises(MXNetError, match="at 1-th input: expected unknown, got float32"):
        call(nd.ones((2, 2), dtype="bool"), nd.ones((2, 2)))
