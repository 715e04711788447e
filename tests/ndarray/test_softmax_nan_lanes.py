"""oneDNN's float32 softmax over rows holding a NaN, on AVX2's 8 lanes: values measured on MXNet 1.9.1."""
import numpy as np

import distnet as mx
from distnet.ndarray import onednn

nan = np.nan
L = -88.72283935546875          # minus the clamped log of an infinite sum


def test_wide_nan_rows_follow_each_lanes_maximum(monkeypatch):
    monkeypatch.setattr(onednn, "_LANES", 8)
    rows = mx.nd.array(np.tile([[nan, 1, 2, 3], [1, nan, 2, 3]], 5))
    got = mx.nd.log_softmax(rows).asnumpy()
    want = np.array([[nan, -2, -1, 0, nan, -2, -1, nan, nan, -2, -1, 0, nan, -2, -1, nan, nan, -2, -1, 0],
                     [-2, nan, -1, 0, -2, nan, nan, 1, -2, nan, -1, 0, -2, nan, nan, 1, -2, nan, -1, 0]]) + L
    np.testing.assert_array_equal(got, want.astype(np.float32))
    soft = mx.nd.softmax(rows).asnumpy()
    np.testing.assert_array_equal(np.isnan(soft), np.isnan(want))
    assert not soft[~np.isnan(want)].any()          # 0 elsewhere: each exp over an infinite sum
