"""running_total: numpy's reduce where it adds rows in order, accumulate elsewhere, the same bits either way."""
import numpy as np
import pytest

from distnet.ndarray.running_sums import running_total


def _accumulated(a, axis):
    return np.take(np.add.accumulate(a, axis=axis), -1, axis=axis)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.float16])
@pytest.mark.parametrize("shape, axis", [((64, 128), 0), ((300, 5), 0), ((2000, 1), 0), ((8, 16), 0),
                                         ((40, 3, 50), 0), ((50, 40), 1), ((7, 300, 9), 1), ((1, 2000), 0)])
def test_bits_of_accumulate(dtype, shape, axis):
    rng = np.random.RandomState(0)
    a = (rng.randn(*shape) * rng.choice([1e-3, 1.0, 1e4], size=shape)).astype(dtype)
    a[rng.rand(*shape) < 0.05] = -0.0
    a[..., 0] = -0.0        # (a column of -0 sums to -0, not the +0 numpy's reduce would start from)
    assert running_total(a, axis).tobytes() == _accumulated(a, axis).tobytes()


def test_fortran_order_and_infinities():
    rng = np.random.RandomState(1)
    a = np.asfortranarray(rng.randn(500, 40).astype(np.float32))
    a[3, 2], a[9, 5] = np.inf, -np.inf
    assert running_total(a).tobytes() == _accumulated(a, 0).tobytes()


def test_nan_payloads_as_accumulate_leaves_them():
    a = np.ones((64, 40), np.float32)
    a.view(np.uint32)[0] = 0x7fc00001
    a.view(np.uint32)[1] = 0x7fc00002
    assert running_total(a).view(np.uint32).tolist() == _accumulated(a, 0).view(np.uint32).tolist()


@pytest.mark.parametrize("shape", [(64, 16, 8, 8), (3, 5, 7), (2, 1, 40, 40), (8, 32, 4, 4, 4), (0, 4, 3, 3),
                                   (5, 3, 0, 2)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.float16])
def test_convolution_bias_gradient_in_order(shape, dtype):
    from distnet.ndarray.ops_conv import _bias_grad_in_order
    rng = np.random.RandomState(3)
    dy = rng.randn(*shape).astype(dtype)
    if dy.size:
        dy[:, 0] = -0.0
        dy.reshape(-1)[rng.randint(0, dy.size)] = np.nan
    rows = np.moveaxis(dy, 1, 0).reshape(shape[1], -1)
    expected = np.add.accumulate(rows, axis=1)[:, -1] + dy.dtype.type(0) if rows.shape[1] else \
        np.zeros(shape[1], dtype)
    got = _bias_grad_in_order(dy)
    assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes()
