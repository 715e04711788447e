"""mx.runtime, mx.engine and mx.util: what this CPU build reports and accepts."""
import pytest

import distnet as mx


def test_features_say_cpu_only():
    features = mx.runtime.Features()
    assert features is mx.runtime.Features()
    assert not features.is_enabled("cuda") and features.is_enabled("DIST_KVSTORE")
    assert repr(features["CUDA"]) == "✖ CUDA"
    assert list(features)[:3] == ["CUDA", "CUDNN", "NCCL"]
    with pytest.raises(RuntimeError, match="unknown"):
        features.is_enabled("WARP_DRIVE")


def test_bulk_size_is_restored():
    before = mx.engine.set_bulk_size(7)
    with mx.engine.bulk(2):
        assert mx.engine.set_bulk_size(2) == 2
    assert mx.engine.set_bulk_size(before) == 7


def test_numpy_shape_switch_returns_the_previous_state():
    assert mx.util.is_np_array() is False and mx.util.is_np_shape() is False
    assert mx.util.set_np_shape(False) is False
    assert mx.util.set_np_shape(True) is False
    assert mx.util.set_np_shape(False) is True
