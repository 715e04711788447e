"""NDArray.asscalar returns what MXNet 1.9.1 returns: a numpy scalar for 1-d (and 0-d) one-element arrays,
a numpy array copy for a one-element array of two or more dimensions."""
import numpy as np
import pytest

import distnet as mx


def test_one_dimensional_gives_a_numpy_scalar():
    v = mx.nd.array([2.5]).asscalar()
    assert type(v) is np.float32 and v == 2.5


def test_higher_dimensions_give_an_array_copy():
    x = mx.nd.array([[3]], dtype="int32")
    v = x.asscalar()
    assert isinstance(v, np.ndarray) and v.shape == (1, 1) and v.dtype == np.int32     # MXNet: array([[3]])
    v[0, 0] = 7
    assert x.asnumpy()[0, 0] == 3


def test_more_than_one_element_is_refused():
    with pytest.raises(ValueError, match="not a scalar"):
        mx.nd.zeros((1, 2)).asscalar()
