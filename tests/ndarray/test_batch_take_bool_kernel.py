"""batch_take has no bool kernel: a bool array's take fails when its result is read, as MXNet's does."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of


def test_bool_batch_take_fails_when_read():
    r = nd.batch_take(nd.array([[1, 0], [0, 1]], dtype="bool"), nd.array([0, 1], dtype="int32"))
    assert r.shape == (2,) and r.dtype == np.bool_
    with pytest.raises(MXNetError, match="Unknown type enum 7"):
        r.asnumpy()


def test_shape_checks_come_before_the_bool_refusal():
    with pytest.raises(MXNetError, match="Index array's size"):
        nd.batch_take(nd.array([[1, 0], [0, 1]], dtype="bool"), nd.array([0], dtype="int32"))


@pytest.mark.parametrize("dtype", ["uint8", "int8", "float16"])
def test_other_types_take_their_element(dtype):
    r = nd.batch_take(nd.array([[1, 2], [3, 4]], dtype=dtype), nd.array([1, 0], dtype="int32"))
    assert r.asnumpy().tolist() == [2, 3] and r.dtype == np.dtype(dtype)


def test_indices_of_another_type_than_int32_are_refused_in_type_inferences_words():
    with pytest.raises(MXNetError) as e:
        nd.batch_take(nd.array([[1, 0], [0, 1]]), nd.array([0, 1], dtype="int64"))
    assert message_of(e.value) == "Type inconsistent, Provided = int64, inferred type = int32"
