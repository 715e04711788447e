"""rot90 checks its plane as MXNet does (a whole turn copies before an axis past the last is read) and nan_to_num
reads nan/posinf/neginf from their text, as MXNet's parser."""
import math

import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")


def test_a_whole_turn_copies_whatever_the_plane():
    x = np.arange(24).reshape(2, 3, 4)
    for k in (0, 4, -4):
        assert np.rot90(x, k, (0, 3)).tolist() == x.tolist()
    assert np.rot90(np.array([1., 2.]), 0).tolist() == [1.0, 2.0]


@pytest.mark.parametrize("k, axes, words", [
    (1, (0, 3), "Check failed: i >= 0 && i < ndim(): index = 3 must be in range [0, 3)"),
    (2, (3, 0), "Check failed: i >= 0 && i < ndim(): index = 3 must be in range [0, 3)"),
    (0, (-4, 0), "Axes out of range for array of ndim"),
    (0, (0, 0), "Check failed: real_axes[0] != real_axes[1] (0 vs. 0) : axes have duplicates [0,0]"),
    (0, (0, 1, 2), "The length of axes must be 2."),
])
def test_rot90_plane_refusals(k, axes, words):
    with pytest.raises(mx.MXNetError) as e:
        np.rot90(np.arange(24).reshape(2, 3, 4), k, axes)
    assert message_of(e.value) == words


def test_rot90_of_a_vector_fails_on_its_second_axis():
    with pytest.raises(mx.MXNetError, match=r"index = 1 must be in range \[0, 1\)"):
        np.rot90(np.array([1., 2.]), 1)


def test_nan_to_num_reads_numbers_from_their_text():
    x = np.array([onp.nan, onp.inf, -onp.inf, 1.])
    assert np.nan_to_num(x, nan=np.array(2.)).tolist()[0] == 2.0
    assert np.nan_to_num(x, nan="2").tolist()[0] == 2.0
    assert np.nan_to_num(x, posinf=np.array(7.)).tolist()[1] == 7.0
    assert np.nan_to_num(x, neginf=np.array(2, dtype="int32")).tolist()[2] == 2.0
    assert math.isclose(np.nan_to_num(x).tolist()[1], float(onp.finfo(onp.float32).max))


@pytest.mark.parametrize("kwargs, name, value", [
    ({"nan": np.array([2., 3.])}, "nan", "[2. 3.]"), ({"nan": "a"}, "nan", "a"), ({"nan": None}, "nan", "None"),
    ({"posinf": "x"}, "posinf", "x"),
])
def test_nan_to_num_refuses_text_that_is_no_number(kwargs, name, value):
    with pytest.raises(mx.MXNetError) as e:
        np.nan_to_num(np.array([1.]), **kwargs)
    label = "double" if name == "nan" else "double or None"
    assert message_of(e.value).startswith(f"Invalid Parameter format for {name} expect {label} but value='{value}', in "
                                   'operator _npi_nan_to_num(name="", posinf=')
