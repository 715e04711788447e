"""Products of arrays of two dtypes fail in MXNet's type inference words (after the shape checks); a bool input
without a kernel fails with the type switch's own words."""
import numpy as onp
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

np = mx.np


pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("call, expected, got", [
    (lambda a, b: np.dot(a, b), "int32", "float32"),
    (lambda a, b: np.dot(b, a.T), "float32", "int32"),
    (lambda a, b: np.matmul(a, b), "int32", "float32"),
    (lambda a, b: np.inner(a, b), "int32", "float32"),
    (lambda a, b: np.outer(a, b), "int32", "float32"),
    (lambda a, b: np.dot(a, b.astype('float64')), "int32", "float64"),
    (lambda a, b: np.dot(np.ones(3, dtype='bool'), b), "unknown", "float32"),
])
def test_mixed_types_are_incompatible_attributes(call, expected, got):
    with pytest.raises(MXNetError) as e:
        call(np.ones((2, 3), dtype='int32'), np.ones((3,)))
    assert message_of(e.value) == ("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                            f"expected {expected}, got {got}")


def test_tensordot_checks_shapes_before_types():
    with pytest.raises(MXNetError) as e:
        np.tensordot(np.ones((2, 3), dtype='int32'), np.ones((3, 2)))
    assert message_of(e.value) == "Shape inconsistent, Provided = [2,3], inferred shape=[3,2]"


def test_bool_diff_fails_when_read():
    r = np.diff(np.array([[True, False, True]], dtype='bool'))
    assert r.shape == (1, 2)
    with pytest.raises(MXNetError, match="Unknown type enum 7$"):
        r.asnumpy()


def test_bool_unique_is_refused_at_the_call():
    with pytest.raises(MXNetError) as e:
        np.unique(np.array([True, False], dtype='bool'))
    assert message_of(e.value) == "Unknown type enum 7"


@pytest.mark.parametrize("call, text", [
    (lambda: np.dot(np.ones((2, 3)), np.ones((2, 3))), "Shape inconsistent, Provided = [2,3], inferred shape=[-1,2]"),
    (lambda: np.dot(np.ones(3), np.ones(4)), "Shape inconsistent, Provided = [3], inferred shape=[4]"),
    (lambda: np.matmul(np.ones((2, 2, 3)), np.ones((4, 2))),
     "Shape inconsistent, Provided = [2,2,3], inferred shape=[-1,-1,4]"),
    (lambda: np.matmul(np.ones(3), np.ones((2, 4))), "Shape inconsistent, Provided = [2,4], inferred shape=[3,-1]"),
    (lambda: np.matmul(np.ones((2, 3)), np.ones((2, 3), dtype='int32')),
     "Shape inconsistent, Provided = [2,3], inferred shape=[-1,2]"),
])
def test_products_infer_the_summed_axis_first(call, text):
    with pytest.raises(MXNetError) as e:
        call()
    assert message_of(e.value) == text


@pytest.mark.parametrize("a, b, text", [
    ((), (), "Check failed: a_ndim != 0 (0 vs. 0) : Multiplication by scalars is not allowed.\n"),
    ((2,), (), "Check failed: b_ndim != 0 (0 vs. 0) : Multiplication by scalars is not allowed.\n"),
    ((2, 1, 3), (4, 3, 2), "Check failed: a_shape[pa] == b_shape[pb] (2 vs. 4) : Could not be broadcast.\n"),
])
def test_matmul_shape_checks(a, b, text):
    with pytest.raises(MXNetError) as e:
        np.matmul(np.ones(a), np.ones(b))
    assert message_of(e.value) == text


def test_astype_takes_c_order_and_unsafe_casting_only():
    x = np.ones((2, 2))
    with pytest.raises(ValueError) as e:
        x.astype('int32', order='F', casting='safe')
    assert message_of(e.value) == "order must be either 'K' or 'C'"
    with pytest.raises(ValueError) as e:
        x.astype('int32', casting='no')
    assert message_of(e.value) == "casting must be equal to 'unsafe'"
    assert x.astype('int32', order='C').dtype == onp.int32
