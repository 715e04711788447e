"""npx.reshape's codes (-1 .. -6, reverse), each checked against the shape or the refusal MXNet 1.9.1 gives."""
import numpy as np
import pytest

import distnet as mx
from distnet import npx
from distnet.base import MXNetError, message_of
from distnet.ndarray.ops_npx import target_shape

# (input shape, newshape, reverse) -> the output shape MXNet 1.9.1 gives
SHAPES = [
    ((2, 3, 4), (-2, -1), False, (2, 12)),
    ((2, 3, 4), (-5, -1), False, (6, 4)),
    ((2, 3, 4), (-6, 1, 2, -2, -2), False, (1, 2, 3, 4)),
    ((2, 3, 4), (-6, -1, 1, -2, -2), False, (2, 1, 3, 4)),
    ((2, 3, 4), (-6, 2, -1, -2, -2), False, (2, 1, 3, 4)),
    ((2, 3, 4), (-4,), False, (2, 3, 4)),
    ((2, 3, 4), (-2, -2, -2), False, (2, 3, 4)),
    ((2, 3, 4), (-5, -4), False, (6, 4)),
    ((2, 3, 4), (-2, -6, -1, 1, -2), False, (2, 3, 1, 4)),
    ((2, 3, 4), (-2, -5), False, (2, 12)),
    ((2, 3, 1), (-2, -2, -4), False, (2, 3, 1)),
    ((2, 3, 1), (-2, -2, -3), False, (2, 3)),
    ((2, 3, 4), -1, False, (24,)),
    ((2, 3, 4), [2, -1], False, (2, 12)),
    ((2, 3, 4), (-1, 4), True, (6, 4)),
    ((2, 3, 4), (-1, -2), True, (6, 4)),
    ((2, 3, 4), (-2, -1), True, (3, 8)),
    ((2, 3, 4), (-2, -2, -2), True, (2, 3, 4)),
    ((), (-4,), False, ()),
    ((0, 3), (-1,), False, (0,)),
    ((0, 3), (-2, -2), False, (0, 3)),
]

REFUSED = [
    ((2, 3, 4), (-1, 0), False, r"Check failed: known_dim_size_prod != 0 \(0 vs. 0\) : Cannot reshape array of shape "
                                r"\[2,3,4\] into shape \[-1,0\] , reverse = 0$"),
    ((2, 3, 4), (0, -1), False, r"known_dim_size_prod != 0 \(0 vs. 0\)"),
    ((2, 3, 4), (-1, 5), False, r"Check failed: src.Size\(\) % known_dim_size_prod == 0: Cannot reshape"),
    ((2, 3, 4), (-7,), False, "greater than or equal to -6"),
    ((2, 3, 4), (-1, -1), False, "one unknown dimension"),
    ((2, 3, 4), (-3, -2), False, "skip dimension size 1"),
    ((2, 3, 4), (-3, -2), True, "skip dimension size 1"),
    ((2, 3, 4), (4, -6, 3, -1, -4), False, r"Check failed: \(\*output\).Size\(\) == src.Size\(\) \(48 vs. 24\)"),
    ((2, 3, 4), (-2, -6, -1, 2), True, r"Check failed: i \+ 2 < target.ndim\(\) \(4 vs. 4\) : $"),
    ((2, 3, 4), (-5,), False, r"\(6 vs. 24\) : Cannot reshape array of shape \[2,3,4\] into shape \[-5\] , reverse = 0"),
    ((2, 3, 4), (-2, -5, -2), False, r"Check failed: src_inx < src.ndim\(\) \(3 vs. 3\) : Unmatching dimension"),
    ((2, 3, 4), (-2, -2, -5), False, r"Check failed: src_inx < src.ndim\(\)-1 \(2 vs. 2\) : Not enough dimensions"),
    ((2, 3), (5,), False, r"Check failed: src.Size\(\) == target_size \(6 vs. 5\) : Cannot reshape"),
    ((2, 3, 4), (-6, 1, 1, -2, -2), False, "Split dims 1, 1 do not divide original dim 2"),
]


@pytest.mark.parametrize("src, codes, reverse, expected", SHAPES)
def test_codes_give_mxnets_shapes(src, codes, reverse, expected):
    assert target_shape(src, codes, reverse) == expected


@pytest.mark.parametrize("src, codes, reverse, message", REFUSED)
def test_codes_mxnet_refuses_are_refused(src, codes, reverse, message):
    with pytest.raises(MXNetError, match=message):
        target_shape(src, codes, reverse)


def test_npx_reshape_keeps_the_data_order_and_returns_np_arrays():
    mx.npx.set_np()
    try:
        x = mx.np.array(np.arange(24).reshape(2, 3, 4))
        y = npx.reshape(x, (-2, -6, -1, 1, -2))
        assert type(y) is mx.np.ndarray and y.shape == (2, 3, 1, 4)
        assert y.asnumpy().ravel().tolist() == list(range(24))
        with pytest.raises(TypeError, match="legacy"):
            npx.reshape(mx.nd.ones((2, 3)), (-1,))
    finally:
        mx.npx.reset_np()


@pytest.mark.parametrize("newshape, words", [
    ((6.0, 4), "Invalid Parameter format for newshape expect Shape(tuple) but value='(6.0, 4)', in operator "
               "_npx_reshape(name=\"\", newshape=\"(6.0, 4)\")"),
    ("6,4", "Invalid Parameter format for newshape expect Shape(tuple) but value='6,4', in operator "
            "_npx_reshape(name=\"\", newshape=\"6,4\")"),
    ((), "Check failed: src.Size() == target_size (24 vs. 1) : Cannot reshape array of shape [2,3,4] into shape [] "
         ", reverse = 0"),
    (None, "Check failed: src.Size() == target_size (24 vs. 1) : Cannot reshape array of shape [2,3,4] into shape "
           "None , reverse = 0"),
])
def test_newshape_is_read_as_operator_text(newshape, words):
    with pytest.raises(MXNetError) as info:
        npx.reshape(mx.np.zeros((2, 3, 4)), newshape)
    assert message_of(info.value) == words


def test_newshape_text_and_empty_shape_of_one_element():
    assert npx.reshape(mx.np.zeros((2, 3, 4)), "(6, 4)").shape == (6, 4)
    assert npx.reshape(mx.np.ones((1, 1)), ()).shape == ()


def test_missing_newshape_names_the_attributes_given():
    with pytest.raises(MXNetError) as info:
        npx.reshape(mx.np.zeros((2, 3)), reverse=True)
    assert message_of(info.value) == ("Required parameter newshape of Shape(tuple) is not presented, in operator "
                               "_npx_reshape(name=\"\", reverse=\"True\")")


def test_an_unknown_keyword_is_refused_by_the_operators_parser():
    with pytest.raises(MXNetError, match="Cannot find argument 'foo', Possible Arguments:"):
        npx.reshape(mx.np.zeros((2, 3)), (6,), foo=1)
