"""Max pooling's step through numpy's fmax (where the probe finds it gives the select's results) against the
select itself: the same bits for signed zeros, nan, infinities and integers, tiled and overlapping windows."""
import numpy as np
import pytest

from distnet import nd
from distnet.ndarray import ops_conv


def _data(shape, dtype, seed):
    rng = np.random.RandomState(seed)
    if np.dtype(dtype).kind in "iu":
        return rng.randint(0, 5, shape).astype(dtype)
    x = rng.randn(*shape).astype(dtype)
    m = rng.rand(*shape)
    x[m < 0.25] = 0.0
    x[m > 0.75] = -0.0
    x[(m > 0.4) & (m < 0.45)] = np.nan
    x[(m > 0.5) & (m < 0.53)] = -np.inf
    return x


def _pooled(x, **kwargs):
    out = nd.Pooling(nd.array(x, dtype=x.dtype), pool_type="max", **kwargs)
    return out.asnumpy().tobytes()


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.float16])
@pytest.mark.parametrize("kwargs", [dict(kernel=(2, 2), stride=(2, 2)), dict(kernel=(3, 3), stride=(1, 1)),
                                    dict(kernel=(3, 2), stride=(2, 1), pad=(1, 0))])
def test_fmax_step_as_select(dtype, kwargs, monkeypatch):
    for seed in range(6):
        x = _data((4, 3, 8, 8), dtype, seed)
        monkeypatch.setattr(ops_conv, "_FMAX_STEPS", {})
        probed = _pooled(x, **kwargs)
        monkeypatch.setattr(ops_conv, "_FMAX_STEPS", {np.dtype(dtype): False})
        assert probed == _pooled(x, **kwargs)


@pytest.mark.parametrize("dtype", [np.int32, np.uint8, np.float32])
def test_tiled_max_as_select(dtype, monkeypatch):
    for seed in range(6):
        x = _data((4, 3, 8, 6), dtype, seed)
        fill = ops_conv._pool_fill(x, "max")
        monkeypatch.setattr(ops_conv, "_FMAX_STEPS", {})
        probed = ops_conv._tiled_max(x, (2, 3), fill)
        monkeypatch.setattr(ops_conv, "_FMAX_STEPS", {np.dtype(dtype): False})
        assert probed.tobytes() == ops_conv._tiled_max(x, (2, 3), fill).tobytes()


def test_probe():
    assert ops_conv._fmax_keeps_second(np.dtype(np.int64))
    assert not ops_conv._fmax_keeps_second(np.dtype(np.float16))      # (its fmax keeps the first of two zeros)
