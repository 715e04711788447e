"""The softmax family's kernels take float data only: other dtypes fail when the result is read, in MXNet's words."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd


@pytest.mark.parametrize("op", [nd.softmax, nd.log_softmax, nd.softmin])
@pytest.mark.parametrize("dtype, words", [
    ("int32", "This operation only support floating point types, not int32"),
    ("int8", "This operation only support floating point types not int8"),      # (the 1-byte cases: no comma)
    ("uint8", "This operation only support floating point types not uint8"),
    ("bool", "This operation only support floating point types, not bool"),
])
def test_non_float_data_fails_when_read(op, dtype, words):
    r = op(nd.ones((2, 3), dtype=dtype))
    assert r.shape == (2, 3) and r.dtype == np.dtype(dtype)
    with pytest.raises(MXNetError) as e:
        r.asnumpy()
    assert message_of(e.value).endswith(words)


def test_a_bad_axis_is_reported_before_the_dtype():
    r = nd.softmax(nd.ones((2, 3), dtype="int32"), axis=2)
    with pytest.raises(MXNetError, match="axis 2 exceeds the input dimension of 2"):
        r.asnumpy()


@pytest.mark.parametrize("op, words", [
    (lambda x: nd.MakeLoss(x), "Unknown type enum 7"),
    (lambda x: nd.SoftmaxOutput(x, nd.zeros((2,), dtype="bool")), "Unknown type enum 7"),
])
def test_kernels_without_a_bool_case_name_an_unknown_type(op, words):
    with pytest.raises(MXNetError, match=words):
        op(nd.ones((2, 3), dtype="bool")).asnumpy()


@pytest.mark.parametrize("dtype, words", [("int32", "floating point types, not int32"), ("bool", "Unknown type enum 7")])
def test_hard_sigmoid_refuses_non_float_data_when_read(dtype, words):
    r = nd.hard_sigmoid(nd.ones((2,), dtype=dtype))
    assert r.dtype == np.dtype(dtype)
    with pytest.raises(MXNetError, match=words):
        r.asnumpy()
