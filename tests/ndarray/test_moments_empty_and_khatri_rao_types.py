"""moments of an empty axis gives NaN when its outputs' shapes are known; khatri_rao takes one input type."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError


@pytest.mark.parametrize("axes,shape", [(0, (3,)), ((0, 1), (1,)), ((1, 0), (1,))])
def test_moments_over_an_empty_axis_is_nan(axes, shape):
    mean, var = nd.moments(nd.array(np.zeros((0, 3), np.float32)), axes=axes)
    assert mean.shape == var.shape == shape
    assert np.isnan(mean.asnumpy()).all() and np.isnan(var.asnumpy()).all()


@pytest.mark.parametrize("shape,axes", [((0, 3), 1), ((2, 0), 0), ((2, 0, 3), (0, 2))])
def test_moments_keeping_an_empty_axis_is_refused_at_the_call(shape, axes):
    with pytest.raises(MXNetError, match="Shape size mismatch"):
        nd.moments(nd.array(np.zeros(shape, np.float32)), axes=axes)


def test_moments_keeping_an_empty_axis_under_numpy_shapes_is_empty():
    with mx.util.np_shape(True):
        mean, var = nd.moments(nd.array(np.zeros((0, 3), np.float32)), axes=1)
    assert mean.shape == var.shape == (0,)


@pytest.mark.parametrize("other", ["float64", "int32", "float16"])
def test_khatri_rao_refuses_a_second_type_at_the_call(other):
    with pytest.raises(MXNetError, match="at 1-th input: expected float32, got " + other):
        nd.khatri_rao(nd.ones((2, 3)), nd.ones((2, 3), dtype=other))


@pytest.mark.parametrize("dtype, words", [("int32", "Not implmented!"), ("float16", "Not implmented!"),
                                          ("bool", "Unknown type enum 7")])
def test_khatri_rao_of_one_other_type_fails_when_read(dtype, words):
    r = nd.khatri_rao(nd.ones((2, 3), dtype=dtype), nd.ones((1, 3), dtype=dtype))
    assert r.shape == (2, 3)
    with pytest.raises(MXNetError, match=words):
        r.asnumpy()
