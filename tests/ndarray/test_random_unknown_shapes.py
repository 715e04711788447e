"""Sampler shapes MXNet reads as unknown, and kernel errors kept with the random resource that found them."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


@pytest.mark.parametrize("shape", [0, (2, 0), (0, 3), (), -1, (2, -1), None])
def test_an_unknown_sample_shape_is_taken_from_out(shape):
    mx.random.seed(1)
    got = mx.nd.random.uniform(0, 1, shape=shape, out=mx.nd.zeros((2, 3)))
    mx.random.seed(1)
    assert (got.asnumpy() == mx.nd.random.uniform(0, 1, shape=(2, 3)).asnumpy()).all()


def test_a_known_sample_shape_must_match_out():
    with pytest.raises(MXNetError, match=r"Provided = \[2,3\], inferred shape=\[3,2\]"):
        mx.nd.random.uniform(0, 1, shape=(3, 2), out=mx.nd.zeros((2, 3)))


def test_a_shape_of_none_is_unknown():
    with pytest.raises(MXNetError, match="inferring shapes failed"):
        mx.nd.random.uniform(0, 1, shape=None)
    with pytest.raises(MXNetError, match="_M_range_insert"):
        mx.nd.sample_uniform(mx.nd.zeros(2), mx.nd.ones(2), shape=None)
    assert mx.nd.random.multinomial(mx.nd.array([0.5, 0.5]), shape=None).shape == (1,)
    for ndim in (2, 3, 4):
        data = mx.nd.ones((1,) * (ndim - 1) + (2,)) / 2
        with pytest.raises(MXNetError, match=rf"index = {ndim - 2} must be in range \[0, {ndim - 2}\)"):
            mx.nd.random.multinomial(data, shape=None)


def test_multinomial_of_integers_fails_only_when_read_and_holds_the_sequential_resource():
    empty = mx.nd.random.multinomial(mx.nd.array([1, 2, 3], dtype="int32"), shape=0)
    assert empty.asnumpy().shape == (0,)            # nothing to read: no error yet
    mx.random.seed(3)
    uniform = mx.nd.random.uniform(shape=2).asnumpy()       # the parallel resource is clean
    mx.random.seed(3)
    assert (mx.nd.random.uniform(shape=2).asnumpy() == uniform).all()
    with pytest.raises(MXNetError, match="not int32"):       # the next sequential sampler inherits it
        mx.nd.random.shuffle(mx.nd.arange(5)).asnumpy()
    assert sorted(mx.nd.random.shuffle(mx.nd.arange(5)).asnumpy().tolist()) == [0, 1, 2, 3, 4]


def test_a_parallel_sampler_error_leaves_shuffle_alone():
    failed = mx.nd.random.normal(mx.nd.ones(2).astype("bool"), mx.nd.ones(2).astype("bool"))
    assert sorted(mx.nd.random.shuffle(mx.nd.arange(4)).asnumpy().tolist()) == [0, 1, 2, 3]
    with pytest.raises(MXNetError, match="enum 7"):
        mx.nd.random.uniform(shape=2).asnumpy()
    assert failed.shape == (2,)     # the error is raised once: reading the failed samples now shows their data
    assert np.isfinite(mx.nd.random.uniform(shape=2).asnumpy()).all()


@pytest.mark.parametrize("dtype, words", [("uint8", "types not uint8"), ("int32", "types, not int32"),
                                          ("bool", "Unknown type enum 7")])
def test_like_samplers_of_non_float_data_check_parameters_then_type_on_reading(dtype, words):
    data = mx.nd.zeros((2, 3), dtype=dtype)
    bad = mx.nd.random.uniform_like(data, low=3, high=1)
    with pytest.raises(MXNetError, match=r"param.high >= param.low \(1 vs. 3\)"):
        bad.asnumpy()
    refused = mx.nd.random.normal_like(data)
    with pytest.raises(MXNetError, match=words):
        refused.asnumpy()
