"""softmax takes a length input exactly when use_length is set (MXNet counts its inputs by it)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

nd = mx.nd
X = nd.array(np.arange(6.).reshape(2, 3))


def test_a_length_without_use_length_is_one_input_too_many():
    with pytest.raises(MXNetError, match="Operator softmax expects 1 inputs, but got 2 instead"):
        nd.softmax(X, nd.array([1, 2], dtype="int32"))


def test_use_length_without_a_length_is_one_input_short():
    with pytest.raises(MXNetError, match="Operator softmax expects 2 inputs, but got 1 instead"):
        nd.softmax(X, use_length=True)


def test_a_length_of_the_wrong_shape_is_refused_with_shapes_in_brackets():
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[3\], inferred shape=\[2\]"):
        nd.softmax(X, nd.array([1, 2, 3], dtype="int32"), use_length=True)


def test_lengths_mask_each_lane():
    r = nd.softmax(X, nd.array([1, 2], dtype="int32"), use_length=True).asnumpy()
    e = np.exp([0., 1.], dtype=np.float32)
    np.testing.assert_allclose(r, [[1., 0., 0.], [e[0] / e.sum(), e[1] / e.sum(), 0.]], rtol=1e-6)
