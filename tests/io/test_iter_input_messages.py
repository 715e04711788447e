"""NDArrayIter and PrefetchingIter refuse bad input with MXNet's exception types and messages."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import message_of


@pytest.mark.parametrize("data", ["abc", 5, np.float32(3), (np.ones(2),)])
def test_input_that_is_no_array_list_or_dict_is_type_error(data):
    with pytest.raises(TypeError) as info:
        mx.io.NDArrayIter(data, batch_size=1)
    assert message_of(info.value) == ("Input must be NDArray, numpy.ndarray, h5py.Dataset a list of them or dict with "
                               "them as values")


def test_value_that_is_no_array_names_its_type_and_key():
    with pytest.raises(TypeError) as info:
        mx.io.NDArrayIter({"a": "xyz"}, batch_size=1)
    assert message_of(info.value) == "Invalid type '<class 'str'>' for a, should be NDArray, numpy.ndarray or h5py.Dataset"


def test_label_goes_through_the_same_checks():
    with pytest.raises(TypeError, match="Input must be"):
        mx.io.NDArrayIter(np.ones(2), "abc", batch_size=1)
    assert mx.io.NDArrayIter(np.ones(2), [], batch_size=1).provide_label == []


@pytest.mark.parametrize("make", [lambda: mx.io.NDArrayIter(None), lambda: mx.io.NDArrayIter([]),
                                  lambda: mx.io.PrefetchingIter([])])
def test_missing_data_is_a_bare_assertion(make):
    with pytest.raises(AssertionError) as info:
        make()
    assert message_of(info.value) == ""
