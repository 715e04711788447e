"""Reductions refuse axes as MXNet checks them: the largest normalized axis, then the smallest, then duplicates."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd


@pytest.mark.parametrize("axis, words", [
    (3, "Reduction axis 3 Exceeds input dimensions [2,3,4]"),
    ((0, 5), "Reduction axis 5 Exceeds input dimensions [2,3,4]"),
    ((5, -5), "Reduction axis 5 Exceeds input dimensions [2,3,4]"),           # the largest is checked first
    (-4, "Reduction axis [-4] Exceeds input dimensions [2,3,4]"),
    ((1, -4), "Reduction axis [1,-4] Exceeds input dimensions [2,3,4]"),      # the axes as given
    ((0, -3), "Reduction axes have duplicates [0,0]"),
    ((2, 2, 1), "Reduction axes have duplicates [1,2,2]"),
])
@pytest.mark.parametrize("op", ["sum", "mean", "prod", "nansum", "max", "norm"])
def test_bad_reduction_axes_are_refused_in_mxnets_words(op, axis, words):
    with pytest.raises(MXNetError) as e:
        getattr(nd, op)(nd.ones((2, 3, 4)), axis=axis)
    assert message_of(e.value).endswith(words)


def test_exclude_checks_the_named_axes():
    with pytest.raises(MXNetError, match=r"Reduction axis 3 Exceeds"):
        nd.sum(nd.ones((2, 3, 4)), axis=3, exclude=True)
    assert nd.sum(nd.ones((2, 3, 4)), axis=(0, -1), exclude=True).asnumpy().tolist() == [[3.0] * 4] * 2


@pytest.mark.parametrize("op", ["argmax", "argmin"])
@pytest.mark.parametrize("dtype", ["float32", "bool"])
def test_arg_reductions_check_their_axis_first(op, dtype):
    with pytest.raises(MXNetError, match="axis -4 exceeds the input dimension of 3"):
        getattr(nd, op)(nd.ones((2, 3, 4), dtype=dtype), axis=-4)


@pytest.mark.parametrize("axis", [None, (), []])
@pytest.mark.parametrize("op", ["sum", "max", "norm"])
def test_no_axes_reduce_everything(op, axis):
    x = nd.array([[1., -2.], [3., 4.]])
    r = getattr(nd, op)(x, axis=axis)
    assert r.shape == (1,)
    assert r.asnumpy()[0] == {"sum": 6., "max": 4., "norm": np.float32(np.sqrt(30.))}[op]


@pytest.mark.parametrize("op", ["max", "min", "max_axis", "min_axis"])
@pytest.mark.parametrize("attrs", [{}, {"axis": 1}, {"axis": 5}, {"axis": 0, "exclude": True}])
def test_max_min_of_a_zero_size_array_refuse_its_size_before_its_axes(op, attrs):
    with mx.util.np_shape(True):
        with pytest.raises(MXNetError, match=r"Check failed: \(\*in_attrs\)\[0\]\.Size\(\) > 0U \(0 vs\. 0\) : "
                                             r"Reduction input's size should > 0 \[0,3\]$"):
            getattr(mx.nd, op)(mx.nd.zeros((0, 3)), **attrs)


def test_argmax_of_an_empty_axis_fails_when_read_and_a_nonempty_axis_gives_an_empty_result():
    with mx.util.np_shape(True):
        r = mx.nd.argmax(mx.nd.zeros((2, 0, 4)), axis=-2, keepdims=True)
        assert r.shape == (2, 1, 4)
        with pytest.raises(MXNetError, match=r"searching input tensor of shape \[2,0,4\] along axis = 1 of zero "
                                             r"dim-size is not allowed"):
            r.asnumpy()
        with pytest.raises(MXNetError, match=r"attempt to search an empty sequence"):
            mx.nd.argmin(mx.nd.zeros((0,))).asnumpy()
        assert mx.nd.argmax(mx.nd.zeros((0, 3)), axis=1).shape == (0,)


def test_a_reduction_folding_an_empty_trailing_axis_fails_when_read_in_mxnets_words():
    with mx.util.np_shape(True):
        r = mx.nd.mean(mx.nd.zeros((3, 0)), axis=1)
        assert r.shape == (3,)
        with pytest.raises(MXNetError, match=r"Check failed: this->shape_\.Size\(\) == shape\.Size\(\) \(0 vs\. 3\) : "
                                             r"Shape size mismatch 0 v\.s\. 3$"):
            r.asnumpy()


def test_argmax_channel_of_an_empty_channel_axis_fails_when_read():
    with mx.util.np_shape(True):
        assert mx.nd.argmax_channel(mx.nd.zeros((0, 3))).shape == (0,)
        r = mx.nd.argmax_channel(mx.nd.zeros((3, 0)))
        with pytest.raises(MXNetError, match=r"searching input tensor of shape \[3,0\] along axis = 1 of zero"):
            r.asnumpy()


def test_argmax_channel_of_a_vector_fails_when_read():
    r = mx.nd.argmax_channel(mx.nd.ones((4,)))
    assert r.shape == (1,)
    with pytest.raises(MXNetError, match=r"Check failed: axis < ndim && axis >= -ndim: axis 1 exceeds the input "
                                         r"dimension of 1$"):
        r.asnumpy()
