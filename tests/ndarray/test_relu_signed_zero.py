"""relu gives +0.0 for -0.0 and keeps NaN at every dtype and size (numpy's vector loops and their tails)."""
import numpy as np
import pytest

from distnet import nd


@pytest.mark.parametrize("dtype", ["float16", "float32", "float64"])
@pytest.mark.parametrize("size", [1, 3, 4, 7, 8, 15, 16, 17, 33, 64, 1000, 4099])
def test_relu_of_negative_zero_is_positive_zero_and_nan_stays(dtype, size):
    values = np.tile(np.array([-0.0, 0.0, np.nan, -1.5, 2.5, -np.inf, np.inf], dtype), size // 7 + 1)[:size]
    got = nd.relu(nd.array(values, dtype=dtype)).asnumpy()
    expected = np.where(np.isnan(values), values, np.where(values > 0, values, np.zeros((), dtype)))
    assert got.dtype == np.dtype(dtype)
    assert got.tobytes() == expected.tobytes()      # +0.0 (not -0.0) where the input was -0.0
