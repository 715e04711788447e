"""nd.contrib.SyncBatchNorm's kernel checks: raised when the result is read, in MXNet's words."""
import pytest

import distnet as mx
from distnet import autograd, nd


def _call(shape, channels, key, dtype="float32", train=False):
    params = [nd.ones(channels, dtype="float32" if dtype == "float16" else dtype) for _ in range(4)]
    with autograd.record(train_mode=train):
        return nd.contrib.SyncBatchNorm(nd.ones(shape, dtype=dtype), *params, key=key)


@pytest.mark.parametrize("dtype, c_name", [("float64", "double"), ("float16", "half"), ("int64", "long long")])
def test_data_of_another_type_than_float32_fails_when_read(dtype, c_name):
    out = _call((2, 3, 2), 3, "r13cf_types", dtype)
    with pytest.raises(mx.base.MXNetError, match=f"specified type.Expected: {c_name} v.s. given float"):
        out.asnumpy()


def test_parameters_of_another_size_than_the_channels_fail_when_read():
    out = _call((2, 2, 2), 3, "r13cf_sizes")
    with pytest.raises(mx.base.MXNetError, match=r"shape\[dimcast\] \(3 vs. 2\) : broadcast, shape mismatch"):
        out.asnumpy()


def test_data_of_one_axis_is_refused_at_the_call():
    with pytest.raises(mx.base.MXNetError, match=r"index = 1 must be in range \[0, 1\)"):
        _call((4,), 3, "r13cf_axes")


def test_a_key_keeps_the_channel_count_of_its_first_training_call():
    assert _call((2, 3, 2), 3, "r13cf_key", train=True).asnumpy().shape == (2, 3, 2)
    assert _call((2, 4, 2), 4, "r13cf_key").asnumpy().shape == (2, 4, 2)        # predicting shares no buffer
    out = _call((2, 4, 2), 4, "r13cf_key", train=True)
    with pytest.raises(mx.base.MXNetError, match=r"Copy: .* \(\(3,\) vs. \(4,\)\) : shape mismatch:\(3,\) vs \(4,\)"):
        out.asnumpy()
    assert _call((2, 4, 2), 4, "r13cf_key_other", train=True).asnumpy().shape == (2, 4, 2)


@pytest.mark.parametrize("sizes, train, message", [
    ((2, 3, 3, 1), False, r"BinaryMapExp: Check failed: shape1 == shape2 \(\(2,\) vs. \(3,\)\)"),    # gamma, mean
    ((3, 2, 3, 1), False, r"BinaryMapExp: Check failed: shape1 == shape2 \(\(3,\) vs. \(1,\)\)"),    # gamma, var
    ((3, 2, 3, 3), False, r"BinaryMapExp: Check failed: shape1 == shape2 \(\(2,\) vs. \(3,\)\)"),    # beta, gamma
    ((2, 2, 2, 2), False, r"shape\[dimcast\] \(2 vs. 3\) : broadcast, shape mismatch$"),
    ((2, 4, 3, 3), True, r"shape\[dimcast\] \(4 vs. 3\) : broadcast, shape mismatch$"),    # beta first
    ((2, 3, 3, 3), True, r"shape\[dimcast\] \(2 vs. 3\) : broadcast, shape mismatch$"),
])
def test_predicting_pairs_the_parameters_before_broadcasting_them(sizes, train, message):
    params = [nd.ones((n,)) for n in sizes]
    with autograd.record(train_mode=train):
        out = nd.contrib.SyncBatchNorm(nd.ones((2, 3, 2)), *params, key=f"r19ctr_{sizes}_{train}")
    with pytest.raises(mx.base.MXNetError, match=message):
        out.asnumpy()


def test_training_reads_no_moving_statistics_forward():
    params = [nd.ones((3,)), nd.zeros((3,)), nd.zeros((2,)), nd.ones((5,))]
    with autograd.record():
        out = nd.contrib.SyncBatchNorm(nd.ones((2, 3, 2)), *params, key="r19ctr_moving")
    assert out.asnumpy().tolist() == [[[0, 0]] * 3] * 2
