"""Where both operands of a sum or product are NaN, the NaN kept does not depend on how numpy's loops run."""
import numpy as np
import pytest

import distnet as mx
from distnet.ndarray import nan_order, registry


def _signed_nans(rng, n, dtype):
    x = rng.standard_normal(n).astype(dtype)
    x[rng.random(n) < 0.5] = np.nan
    flip = rng.random(n) < 0.5
    x[flip] = -x[flip]
    return x


def _results(seed):
    rng = np.random.default_rng(seed)
    out = []
    for dtype in ("float16", "float32", "float64"):
        for n in (1, 3, 8, 9, 15, 16, 17, 30, 33, 100):
            a, b = (mx.nd.array(_signed_nans(rng, n, dtype), dtype=dtype) for _ in range(2))
            for r in (a + b, a * b, mx.nd.elemwise_add(a, b), mx.nd.add_n(a, b, a), mx.nd.broadcast_mul(a, b)):
                out.append(r.asnumpy().view(np.uint8).tobytes())
    return out


def test_the_modelled_loops_and_the_masked_fallback_keep_the_same_nans(monkeypatch):
    assert nan_order.LOOPS_AS_MODELLED      # (numpy 1.26 on this machine class: else both below run the fallback)
    modelled = _results(5)
    monkeypatch.setattr(nan_order, "LOOPS_AS_MODELLED", False)
    monkeypatch.setattr(registry, "LOOPS_AS_MODELLED", False)
    assert _results(5) == modelled


@pytest.mark.parametrize("dtype, kept_sign", [("float32", True), ("float64", True), ("float16", False)])
def test_two_nans_keep_the_right_operands_but_in_half_precision(dtype, kept_sign):
    for n in range(1, 40):
        a = mx.nd.array(np.full(n, np.nan), dtype=dtype)
        b = mx.nd.array(-np.full(n, np.nan), dtype=dtype)
        assert np.signbit((a + b).asnumpy()).tolist() == [kept_sign] * n
        assert np.signbit((a * b).asnumpy()).tolist() == [kept_sign] * n
