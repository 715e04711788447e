"""The vectorised expm1f/tanhf give the C library's bits (what MXNet's CPU kernels return)."""
import numpy as np
import pytest

from distnet.ndarray import fdlibm
from distnet.ndarray.ops_elemwise import _cfunc


def _samples():
    rng = np.random.RandomState(7)
    parts = [rng.uniform(-1, 1, 20000), rng.uniform(-30, 30, 20000), rng.uniform(-100, 100, 5000),
             np.exp(rng.uniform(-100, 5, 20000)) * rng.choice([-1, 1], 20000),
             [0.0, -0.0, np.inf, -np.inf, np.nan, 22.0, -22.0, 88.72246, 88.7229, 89.0, -87.0,
              2.0 ** -25, -2.0 ** -26, 2.0 ** -56, 0.5 * np.log(2), 1.5 * np.log(2), 1e-40, -1e-45]]
    bits = rng.randint(0, 2 ** 32, 50000, dtype=np.uint64).astype(np.uint32).view(np.float32)
    return np.concatenate([np.asarray(p, np.float32) for p in parts] + [bits])


@pytest.mark.parametrize("name", ["expm1f", "tanhf"])
def test_bits_equal_the_c_library(name):
    x = _samples()
    with np.errstate(all="ignore"):
        want = np.asarray(_cfunc(name)(x), np.float32)
    got = getattr(fdlibm, name)(x)
    same = (want.view(np.int32) == got.view(np.int32)) | (np.isnan(want) & np.isnan(got))
    assert same.all(), (x[~same][:5], want[~same][:5], got[~same][:5])


def test_shapes_and_signed_zero_are_kept():
    x = np.array([[-0.0, 0.0], [0.3, -4.0]], np.float32)
    out = fdlibm.tanhf(x)
    assert out.shape == (2, 2) and out.dtype == np.float32
    assert np.signbit(out[0, 0]) and not np.signbit(out[0, 1])
