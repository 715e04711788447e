"""numpy operands on the left of an NDArray, as MXNet 1.9.1 treats them: numpy scalars compare through the
NDArray's reflected comparison (numpy hands them over as 0-d arrays), while numpy arrays, 0-d ones included,
are refused (TypeError; AssertionError for the operators whose reflected form asserts an NDArray left operand)."""
import numpy as np
import pytest

from distnet import nd


@pytest.mark.parametrize("make, expected", [
    (lambda x: np.float64(3) < x, [0, 1]),
    (lambda x: np.float32(3) < x, [0, 1]),
    (lambda x: np.int64(4) == x, [0, 1]),
    (lambda x: np.float64(1) >= x, [1, 0]),
    (lambda x: np.float64(1) != x, [0, 1]),
    (lambda x: np.float16(3) < x, [0, 1]),
])
def test_numpy_scalars_compare_as_numbers(make, expected):
    r = make(nd.array([1., 4.]))
    assert type(r) is nd.NDArray and r.dtype == np.float32
    assert r.asnumpy().tolist() == expected


@pytest.mark.parametrize("make, error", [
    (lambda x: np.array(3.0) * x, TypeError),
    (lambda x: np.array(1.0, dtype=np.float32) + x, TypeError),
    (lambda x: np.array(3.0) - x, AssertionError),
    (lambda x: np.bool_(True) == x, TypeError),
    (lambda x: np.ones(2) < x, TypeError),
])
def test_numpy_arrays_are_refused(make, error):
    with pytest.raises(error):
        make(nd.array([1., 4.]))
