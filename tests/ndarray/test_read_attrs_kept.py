"""Attribute readings kept between calls read the same as a first reading, value and type alike."""
import pytest

import distnet as mx
from distnet.base import MXNetError
from distnet.ndarray import param_text


@pytest.mark.parametrize("op, attrs", [
    ("Activation", {"act_type": "relu"}),
    ("FullyConnected", {"num_hidden": "16", "no_bias": "True"}),
    ("Convolution", {"kernel": (3, 3), "num_filter": 8, "pad": "(1, 1)"}),
    ("BatchNorm", {"eps": 0.001, "fix_gamma": False, "axis": "1"}),
    ("softmax", {"axis": -1, "temperature": "None"}),
    ("Pooling", {"kernel": (2, 2), "pool_type": "max", "stride": "(2, 2)", "global_pool": False}),
])
def test_a_kept_reading_equals_a_fresh_one(op, attrs):
    fresh = param_text._read_attrs(op, dict(attrs), True)
    for _ in range(2):
        kept = param_text.read_attrs(op, dict(attrs), True)
        assert type(kept) is type(fresh)
        assert [(k, type(v), v) for k, v in kept.items()] == [(k, type(v), v) for k, v in fresh.items()]
        assert param_text.shown_attrs(kept) == attrs


def test_values_equal_as_keys_are_read_apart():
    # 1, 1.0 and True are one dict key, and 0.0 and -0.0 too: each is read as its own type and sign
    for value in (1, 1.0, 0.0, -0.0, "1"):
        kept = param_text.read_attrs("LeakyReLU", {"slope": value}, True)
        assert kept == param_text._read_attrs("LeakyReLU", {"slope": value}, True)
    assert str(param_text.read_attrs("LeakyReLU", {"slope": -0.0}, True)["slope"]) == "-0.0"
    with pytest.raises(MXNetError, match="expect float but value='True'"):
        param_text.read_attrs("LeakyReLU", {"slope": True}, True)


def test_a_refused_reading_is_refused_each_time():
    for _ in range(2):
        with pytest.raises(MXNetError, match="Invalid Input: 'rel'"):
            mx.nd.Activation(mx.nd.ones((2,)), act_type="rel")
    for _ in range(2):      # (Pooling's parser checks the kernel's rank after its fields)
        with pytest.raises(MXNetError, match="4D pooling not supported"):
            mx.nd.Pooling(mx.nd.ones((1, 1, 2, 2)), kernel=(1, 1, 1, 1), layout="NCDHW")
