"""np.dot and np.matmul take float32/float64 operands only: other types fail when the result is read, even empty."""
import pytest

import distnet as mx
from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("sa, sb, shape", [((2, 3), (3, 2), (2, 2)), ((0, 3), (3, 2), (0, 2)), ((0, 3), (3,), (0,)),
                                           ((3,), (3,), ())])
@pytest.mark.parametrize("dtype, words", [("int8", "floating point types not int8"),
                                          ("int32", "floating point types, not int32"),
                                          ("bool", "Unknown type enum 7")])
def test_dot_of_non_floats_fails_when_read(sa, sb, shape, dtype, words):
    result = np.dot(np.ones(sa, dtype=dtype), np.ones(sb, dtype=dtype))
    assert result.shape == shape and result.dtype == dtype
    with pytest.raises(mx.MXNetError, match=words):
        result.wait_to_read()


@pytest.mark.parametrize("dtype", ["float16", "int32", "uint8", "bool"])
@pytest.mark.parametrize("sa, sb, shape", [((2, 3), (3, 2), (2, 2)), ((2, 0, 3), (3, 2), (2, 0, 2)),
                                           ((0, 3), (3,), (0,))])
def test_matmul_of_other_than_float32_and_float64_fails_when_read(sa, sb, shape, dtype):
    result = np.matmul(np.ones(sa, dtype=dtype), np.ones(sb, dtype=dtype))
    assert result.shape == shape and result.dtype == dtype
    with pytest.raises(mx.MXNetError, match="Matmul only supports float32/float64 for CPU"):
        result.wait_to_read()


def test_float_products_still_compute():
    assert np.matmul(np.ones((2, 3)), np.ones((3,))).tolist() == [3.0, 3.0]
    assert np.dot(np.ones((0, 3), dtype="float16"), np.ones((3, 2), dtype="float16")).shape == (0, 2)


_TENSORDOT = "Tensordot only supports float32/float64 for CPU"


@pytest.mark.parametrize("call, words", [
    (lambda a, b: np.tensordot(a, b, 1), _TENSORDOT), (lambda a, b: np.outer(a, b), _TENSORDOT),
    (lambda a, b: np.vdot(a, a), _TENSORDOT), (lambda a, b: np.tensordot(a, b, ([1], [0])), "types, not int32"),
    (lambda a, b: np.inner(a, b.T), "types, not int32")])
def test_tensordot_family_refuses_integers_when_read(call, words):
    result = call(np.ones((2, 3), dtype="int32"), np.ones((3, 2), dtype="int32"))      # the call returns
    with pytest.raises(mx.MXNetError, match=words):
        result.wait_to_read()


def test_empty_tensordot_runs_no_kernel_but_inner_of_bool_moves_axes_first():
    assert np.tensordot(np.ones((0, 3), dtype="int32"), np.ones((3, 2), dtype="int32"), 1).shape == (0, 2)
    assert np.inner(np.ones((0, 3), dtype="bool"), np.ones((3,), dtype="bool")).tolist() == []
    with pytest.raises(mx.MXNetError, match="Unknown type enum 7"):
        np.inner(np.ones((0, 3), dtype="bool"), np.ones((2, 3), dtype="bool")).wait_to_read()
