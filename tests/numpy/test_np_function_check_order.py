"""mx.np functions refuse their arguments in MXNet's order (shapes before types, attributes as parsed) and words."""
import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")

X = [[3., 1., 2.], [1., 5., 1.]]
BROADCAST = "operands could not be broadcast together with shapes [2] [3]"


@pytest.mark.parametrize("name", ["equal", "less", "greater_equal", "true_divide"])
def test_operand_shapes_are_checked_before_their_types(name):
    with pytest.raises(mx.MXNetError, match=r"\[2\] \[3\]"):
        getattr(np, name)(np.array([1, 2], dtype="uint8"), np.array([1.5, 0., -2.], dtype="int32"))


@pytest.mark.parametrize("axis, words", [
    (2, "axes[axes.ndim()-1] < ishape.ndim() (2 vs. 2) : Reduction axis 2 Exceeds input dimensions [2,3]"),
    (-3, "axes[0] >= 0 (-1 vs. 0) : Reduction axis [-3] Exceeds input dimensions [2,3]"),
    ((1, -4), "axes[0] >= 0 (-2 vs. 0) : Reduction axis [1,-4] Exceeds input dimensions [2,3]"),
])
def test_percentile_axes_are_checked_as_reductions(axis, words):
    with pytest.raises(mx.MXNetError) as e:
        np.percentile(np.array(X), 50, axis=axis)
    assert message_of(e.value) == "Check failed: " + words


def test_an_array_q_is_no_attribute_in_the_refusal():
    with pytest.raises(mx.MXNetError) as e:
        np.quantile(np.array(X), np.array([0.1]), interpolation="foo")
    assert 'q_scalar="None", keepdims="False", interpolation="foo", axis="None")' in message_of(e.value)
    with pytest.raises(mx.MXNetError) as e:
        np.quantile(np.array(X), 0.5, interpolation="foo")
    assert 'q_scalar="50.0"' in message_of(e.value)


def test_histogram_refusal_lists_its_attributes():
    with pytest.raises(mx.MXNetError) as e:
        np.histogram(np.array(X), bins=2.5, range=(0, 1))
    assert message_of(e.value).endswith('in operator _histogram(name="", range="(0, 1)", bin_cnt="2.5")')


def test_ediff1d_refusal_says_which_bound_is_an_array():
    with pytest.raises(mx.MXNetError) as e:
        np.ediff1d(np.array(X), to_end=[3], to_begin=np.array([1.]))
    assert message_of(e.value).endswith('to_end_arr_given="False", to_begin_arr_given="True")')


def test_cumsum_reads_its_dtype_before_its_axis_and_checks_out_shape_before_type():
    with pytest.raises(mx.MXNetError, match="Invalid Input: 'bool'"):
        np.cumsum(np.array(X), axis=5, dtype="bool")
    with pytest.raises(mx.MXNetError, match=r"Shape inconsistent, Provided = \[6\], inferred shape=\[3\]$"):
        np.cumsum(np.array([1, 2, 3], dtype="int32"), out=np.zeros(6))


def test_unravel_index_fails_as_its_custom_operator(capsys):
    rows = np.unravel_index(np.array([1., 5.]), (3, 4))      # (its engine runs the operator: reading raises)
    assert "Error in CustomOp.forward" in capsys.readouterr().out
    with pytest.raises(mx.MXNetError, match=r"Check failed: reinterpret_cast<CustomOpFBFunc>\( params"):
        rows[0].asnumpy()
    assert [c.tolist() for c in np.unravel_index(np.array([1, 5], dtype="int32"), (3, 4))] == [[0, 1], [1, 1]]
