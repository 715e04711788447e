"""Reductions MXNet infers but its kernels refuse (empty results, bool moments) fail when read, in MXNet's words."""
import pytest

import distnet as mx
from distnet import np

pytestmark = pytest.mark.usefixtures("np_semantics")


def _mismatch(size):
    return rf"\(0 vs\. {size}\) : Shape size mismatch 0 v\.s\. {size}"


@pytest.mark.parametrize("name", ["sum", "mean", "prod", "std", "var"])
@pytest.mark.parametrize("shape, axis, size", [((2, 0, 3), 0, 2), ((2, 3, 0), 1, 6), ((4, 0, 5, 3), 2, 1)])
def test_empty_result_fails_when_read(name, shape, axis, size):
    result = getattr(np, name)(np.zeros(shape), axis=axis)      # the call itself returns
    expected = tuple(n for i, n in enumerate(shape) if i != axis)
    assert result.shape == expected
    with pytest.raises(mx.MXNetError, match=_mismatch(size)):
        result.wait_to_read()


def test_moments_fail_over_the_last_axis_with_the_kept_size():
    assert np.sum(np.zeros((3, 0)), axis=1).tolist() == [0.0, 0.0, 0.0]
    with pytest.raises(mx.MXNetError, match=_mismatch(3)):
        np.var(np.zeros((3, 0)), axis=1).wait_to_read()


def test_reducing_a_kept_empty_axis_away_gives_zeros():
    assert np.mean(np.zeros((2, 0, 3)), axis=1).tolist() == [[0.0] * 3] * 2


@pytest.mark.parametrize("name", ["std", "var"])
def test_moments_of_bool_fail_when_read(name):
    result = getattr(np, name)(np.array([[True, False], [True, True]], dtype=bool), axis=0)
    assert result.dtype == bool and result.shape == (2,)
    with pytest.raises(mx.MXNetError, match="Unknown type enum 7"):
        result.wait_to_read()
    assert getattr(np, name)(np.ones((2, 2), dtype=bool), dtype="float64").dtype == "float64"


@pytest.mark.parametrize("name", ["std", "var"])
@pytest.mark.parametrize("shape, axis, size", [((2, 3, 0), (0, 2), 6), ((2, 0, 3), (1, 2), 2), ((1, 3, 0), 2, 3)])
def test_moments_fail_where_the_empty_extent_ends_the_reduction(name, shape, axis, size):
    with pytest.raises(mx.MXNetError, match=_mismatch(size)):
        getattr(np, name)(np.zeros(shape), axis=axis).wait_to_read()


@pytest.mark.parametrize("name", ["std", "var"])
@pytest.mark.parametrize("shape, axis", [((1, 0), 1), ((0, 2, 3), (0, 2)), ((1, 1, 0), 2), ((0, 1, 2), (0, 2))])
def test_moments_of_nothing_are_nan_where_the_empty_extent_leads(name, shape, axis):
    result = getattr(np, name)(np.zeros(shape), axis=axis).asnumpy()
    assert result.size and mx.numpy.isnan(np.array(result)).all()


@pytest.mark.parametrize("name", ["max", "min"])
@pytest.mark.parametrize("shape, axis", [((0, 3), None), ((0, 3), 0), ((2, 0, 3), (0, 1)), ((0,), 0)])
def test_max_and_min_over_an_empty_axis_are_refused_at_the_call_saying_maximum(name, shape, axis):
    with pytest.raises(mx.MXNetError, match="is_all_reducded_axes_not_zero: zero-size array to reduction operation "
                                            "maximum which has no identity"):
        getattr(np, name)(np.zeros(shape), axis=axis)
    assert getattr(np.zeros((0, 3)), name)(axis=1).shape == (0,)


@pytest.mark.parametrize("name", ["sum", "mean", "prod", "var", "std", "all", "any"])
def test_reductions_refuse_axes_out_of_range_with_mxnets_shape_checks(name):
    with pytest.raises(mx.MXNetError, match=r"\(5 vs\. 2\) : Reduction axis 5 Exceeds input dimensions \[2,3\]"):
        getattr(np, name)(np.ones((2, 3)), axis=(0, 5))
    with pytest.raises(mx.MXNetError, match=r"axes\[0\] >= 0 \(-1 vs\. 0\) : Reduction axis \[-3\] Exceeds"):
        getattr(np, name)(np.ones((2, 3)), axis=-3)


@pytest.mark.parametrize("name", ["max", "min"])
def test_max_and_min_refuse_a_too_large_axis_with_their_index_check(name):
    with pytest.raises(mx.MXNetError, match=r"index = 2 must be in range \[0, 2\)"):
        getattr(np, name)(np.ones((2, 3)), axis=2)


@pytest.mark.parametrize("name, axis, words", [
    ("sum", 5, r"axes\[0\] == 0 \|\| axes\[0\] == -1"), ("mean", (0, 1), r"axes.ndim\(\) == 1 \(2 vs\. 1\)"),
    ("max", 0, r"index = 0 must be in range \[0, 0\)"), ("min", (-1, 3), r"index = 3 must be in range \[0, 0\)"),
    ("max", -2, r"axes\[0\] == 0 \|\| axes\[0\] == -1")])
def test_a_zero_dim_reduction_refuses_other_axes_in_mxnets_words(name, axis, words):
    with pytest.raises(mx.MXNetError, match=words):
        getattr(np, name)(np.array(3.0), axis=axis)
    assert getattr(np, name)(np.array(3.0), axis=-1).item() == 3.0
