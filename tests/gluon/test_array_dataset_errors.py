"""ArrayDataset argument errors carry MXNet 1.9.1's messages (its array numbering included)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import message_of


def test_array_dataset_length_mismatch_message_numbers_arrays_as_mxnet():
    with pytest.raises(AssertionError) as err:
        mx.gluon.data.ArrayDataset(mx.nd.arange(10), np.arange(9))
    assert message_of(err.value) == "All arrays must have the same length; array[0] has length 10 while array[2] has 9."


def test_array_dataset_without_arrays():
    with pytest.raises(AssertionError) as err:
        mx.gluon.data.ArrayDataset()
    assert message_of(err.value) == "Needs at least 1 arrays"
