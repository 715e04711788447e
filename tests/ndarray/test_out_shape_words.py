"""An out= array of the wrong shape is refused in the words of the operator's shape inference."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd
X = nd.ones((2, 3))


@pytest.mark.parametrize("f", [
    lambda o: nd.exp(X, out=o), lambda o: nd.clip(X, 0, 1, out=o), lambda o: nd.softmin(X, out=o),
    lambda o: nd.smooth_l1(X, out=o), lambda o: nd.elemwise_add(X, X, out=o), lambda o: nd.add_n(X, X, out=o),
])
def test_same_shape_operators_name_an_output_attribute_mismatch(f):
    with pytest.raises(MXNetError, match=r"Incompatible attr in node  at 0-th output: expected \[2,3\], got \[3\]"):
        f(nd.zeros((3,)))


@pytest.mark.parametrize("f, inferred", [
    (lambda o: nd.sum(X, out=o), "[1]"), (lambda o: nd.argmax(X, axis=1, out=o), "[2]"),
    (lambda o: nd.broadcast_mul(X, X, out=o), "[2,3]"),
])
def test_other_operators_name_an_inconsistent_shape(f, inferred):
    with pytest.raises(MXNetError) as e:
        f(nd.zeros((3,)))
    assert f"Shape inconsistent, Provided = [3], inferred shape={inferred}" in message_of(e.value)


def test_dropout_names_its_invalid_output():
    with pytest.raises(MXNetError, match=r"output has invalid shape. Expecting \[2,3\] got \[3\] in operator Dropout"):
        nd.Dropout(X, out=nd.zeros((3,)))


@pytest.mark.parametrize("op", ["__iadd__", "__isub__", "__imul__", "__itruediv__"])
def test_in_place_broadcast_that_grows_the_array_is_an_inconsistent_shape(op):
    a = nd.zeros((2, 1))
    with pytest.raises(MXNetError) as e:
        getattr(a, op)(nd.ones((2, 3)))
    assert message_of(e.value) == "Shape inconsistent, Provided = [2,1], inferred shape=[2,3]"
    assert a.shape == (2, 1)
