"""Short lanes skip the exactness check of the Kahan sums: the loop alone gives the same sums (the check's running
sum is the loop's whenever every step is exact)."""
import numpy as np
import pytest

from distnet.ndarray import ops_reduce


def _lanes(dtype):
    rng = np.random.RandomState(0)
    for n in range(1, ops_reduce._LOOP_ONLY + 1):
        yield rng.rand(n)
        yield rng.randint(0, 2, n)                      # a mask: every partial sum exact
        yield rng.randint(-1000, 1000, n)
        yield rng.randint(0, 2, n) * 2.0 ** rng.randint(-60, 60, n)
        yield -np.zeros(n)
        yield np.r_[rng.rand(n - 1), np.inf] if n > 1 else np.array([np.inf])
        yield rng.randn(n) * 1e38


@pytest.mark.parametrize("dtype, kahan", [(np.float32, "_kahan_float32"), (np.float64, "_kahan_float64")])
def test_loop_alone_as_checked(dtype, kahan, monkeypatch):
    lanes = [lane.astype(dtype) for lane in _lanes(dtype)]
    with np.errstate(all="ignore"):
        alone = [getattr(ops_reduce, kahan)(lane) for lane in lanes]
        monkeypatch.setattr(ops_reduce, "_LOOP_ONLY", 0)
        checked = [getattr(ops_reduce, kahan)(lane) for lane in lanes]
    assert [np.float64(v).tobytes() for v in alone] == [np.float64(v).tobytes() for v in checked]
    assert [type(v) for v in alone] == [type(v) for v in checked]
