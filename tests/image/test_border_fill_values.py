"""copyMakeBorder's constant border follows OpenCV's 4-entry Scalar, as MXNet 1.9.1 (values measured there)."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


def _corner(img, **kw):
    return mx.image.copyMakeBorder(img, 1, 0, 0, 0, **kw).asnumpy()[0, 0].tolist()


@pytest.mark.parametrize("kw, expected", [
    (dict(values=7), [7, 0, 0]),                       # a number is a one-entry tuple; the rest are 0
    (dict(values=(7, 8)), [7, 8, 0]),
    (dict(values=(7, 8, 9, 10)), [7, 8, 9]),
    (dict(value=5), [5, 5, 5]),
    (dict(value=5, values=(7,)), [7, 0, 0]),           # values win over value
    (dict(values=7.6), [8, 0, 0]),                     # rounded ...
    (dict(values=(300, -3, 2.5)), [255, 0, 2]),        # ... half to even, and saturated
    (dict(value=-1.7), [0, 0, 0]),
])
def test_uint8_border_values(kw, expected):
    img = mx.nd.array(np.full((1, 1, 3), 100), dtype='uint8')
    assert _corner(img, **kw) == expected


def test_float_and_four_channel_borders():
    img4 = mx.nd.array(np.full((1, 1, 4), 100), dtype='float32')
    assert _corner(img4, values=(7, 8)) == [7.0, 8.0, 0.0, 0.0]
    assert _corner(img4, value=3) == [3.0, 3.0, 3.0, 0.0]          # value fills three entries only
    img2 = mx.nd.array(np.full((1, 1, 2), 1), dtype='float64')
    assert _corner(img2, values=(-200.5, 3e4)) == [-200.5, 30000.0]


def test_many_channels_need_one_value():
    img6 = mx.nd.array(np.full((1, 1, 6), 1), dtype='float32')
    assert _corner(img6, values=(2, 2, 2, 2)) == [2.0] * 6
    with pytest.raises(MXNetError, match=r"copy.cpp:1224: error: \(-215:Assertion failed\) value\[0\] == value\[1\]"):
        _corner(img6, value=2.5)        # value fills three entries of four: they differ


def test_many_channel_value_refusal_is_raised_on_reading_and_only_when_padding():
    img5 = mx.nd.array(np.arange(10).reshape(1, 2, 5), dtype='uint8')
    padded = mx.image.copyMakeBorder(img5, 1, 0, 0, 0, values=(1, 2))
    assert padded.shape == (2, 2, 5)            # the kernel's refusal comes when the result is read
    with pytest.raises(MXNetError, match="value\\[0\\] == value\\[3\\] in function 'copyMakeBorder'"):
        padded.asnumpy()
    same = mx.image.copyMakeBorder(img5, 0, 0, 0, 0, value=9).asnumpy()
    assert same.tolist() == img5.asnumpy().tolist()                    # nothing to pad: no check
    edge = mx.image.copyMakeBorder(img5, 1, 0, 0, 0, type=1, value=9).asnumpy()
    assert edge[0].tolist() == edge[1].tolist()                        # only a constant border takes the value


@pytest.mark.parametrize("values", [None, "None"])
def test_values_given_as_none_is_a_tuple_of_unknown_length_so_value_fills(values):
    img = mx.nd.array(np.full((1, 1, 3), 100), dtype='uint8')
    assert _corner(img, values=values, value=5) == [5, 5, 5]
    assert _corner(img, values=values) == [0, 0, 0]


def test_values_given_as_empty_text_is_refused_by_the_parser():
    img = mx.nd.array(np.full((1, 1, 3), 100), dtype='uint8')
    with pytest.raises(MXNetError, match="Invalid Parameter format for values expect tuple of <double> but value=''"):
        _corner(img, values="")
