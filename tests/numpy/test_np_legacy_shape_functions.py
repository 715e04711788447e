"""Without NumPy shape semantics (0-d: unknown rank, empty: unknown sizes) mx.np's diff, ediff1d, cumsum, sort and
argsort fail where MXNet's shape inference does, after the attributes it parses, and compute empty results of
non-empty inputs."""
import pytest

import distnet as mx
from distnet import np

NDIM_UNKNOWN = r"Check failed: ndim_is_known\(this->ndim\(\)\): Shape is unknown\.$"
SIZE_UNKNOWN = r"Check failed: dim_size_is_known\(\*it\): Shape dim size cannot be a negative value -1$"


def test_diff_of_more_steps_than_elements_is_empty():
    x = np.array([[3., 1., 2.], [1., 5., 1.]])
    assert np.diff(x, n=3).shape == (2, 0)
    assert np.diff(x, n=2, axis=0).shape == (0, 3)
    assert np.diff(np.array([1, 2, 3], dtype="int32"), n=3).dtype == "int32"


def test_diff_and_ediff1d_name_their_operator_for_unknown_shapes():
    with pytest.raises(mx.MXNetError, match="Operator _npi_diff inferring shapes failed"):
        np.diff(np.array(3.), n=-1)         # (before the n check)
    with pytest.raises(mx.MXNetError, match="Operator _npi_ediff1d inferring shapes failed"):
        np.ediff1d(np.array([]))
    with pytest.raises(mx.MXNetError, match="to_end_scalar expect double"):
        np.ediff1d(np.array(3.), to_end=[3])        # (its attributes are parsed first)


def test_ediff1d_of_one_element_and_unknown_bounds():
    assert np.ediff1d(np.array([1.]), to_end=np.array([2.])).tolist() == [2.0]
    with pytest.raises(mx.MXNetError, match=NDIM_UNKNOWN):
        np.ediff1d(np.array([1., 2.]), to_begin=np.array(2.))
    with pytest.raises(mx.MXNetError, match=SIZE_UNKNOWN):
        np.ediff1d(np.array([1., 2.]), to_end=np.array([], dtype="float32"))


def test_cumsum_reads_dtype_then_the_shape_it_flattens():
    with pytest.raises(mx.MXNetError, match="Invalid Input: 'bool'"):
        np.cumsum(np.array(3.), axis=0, dtype="bool")
    with pytest.raises(mx.MXNetError, match=NDIM_UNKNOWN):
        np.cumsum(np.array(3.))
    with pytest.raises(mx.MXNetError, match=SIZE_UNKNOWN):
        np.cumsum(np.array([]))
    with pytest.raises(mx.MXNetError, match="Operator _np_cumsum inferring shapes failed"):
        np.cumsum(np.array([]), axis=0)


@pytest.mark.parametrize("fn", [np.sort, np.argsort])
def test_sorting_unknown_shapes(fn):
    with pytest.raises(mx.MXNetError, match="axis should be between 0 and -1, found axis=-2$"):
        fn(np.array(2.), axis=-1)
    with pytest.raises(mx.MXNetError, match=NDIM_UNKNOWN):
        fn(np.array(2.), axis=None)
    with pytest.raises(mx.MXNetError, match=SIZE_UNKNOWN):
        fn(np.array([]), axis=0)
    with pytest.raises(mx.MXNetError, match="axis should be between 0 and 1, found axis=5$"):
        fn(np.array([]), axis=5)


def test_numpy_shape_semantics_sort_and_difference_empty_arrays(np_semantics):
    assert np.sort(np.array([])).shape == (0,)
    assert np.cumsum(np.array(3.)).tolist() == [3.0]
    assert np.ediff1d(np.array([1., 2.]), to_begin=np.array(2.)).tolist() == [2.0, 1.0]
