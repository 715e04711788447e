"""The lock-step gamma sampler draws exactly what the one-sample-at-a-time replica of MXNet's draws."""
import numpy as np
import pytest

import distnet as mx
from distnet.ndarray import ops_random


def _draws(monkeypatch, lockstep, sample):
    monkeypatch.setattr(ops_random, "_LOCKSTEP_FROM", 64 if lockstep else 10 ** 12)
    mx.random.seed(11)
    first, second = sample().asnumpy(), sample().asnumpy()
    return first, second, mx.nd.random.uniform(shape=(4,)).asnumpy()      # the states left behind


@pytest.mark.parametrize("sample", [
    lambda: mx.nd.random.gamma(9, 0.5, shape=(1500,)),
    lambda: mx.nd.random.gamma(0.3, 2.0, shape=(700,)),                  # shape < 1: one more uniform each
    lambda: mx.nd.random.gamma(2.5, 1.5, shape=(600,), dtype="float64"),  # two numbers per uniform
    lambda: mx.nd.sample_gamma(mx.nd.array([0.2, 1.0, 3.0, 10.0]), mx.nd.array([1.0, 0.5, 2.0, 3.0]), shape=(150,)),
], ids=["float32", "shape-below-1", "float64", "per-element-parameters"])
def test_lockstep_gamma_equals_the_one_at_a_time_sampler(monkeypatch, sample):
    slow = _draws(monkeypatch, False, sample)
    fast = _draws(monkeypatch, True, sample)
    for a, b in zip(slow, fast):
        np.testing.assert_array_equal(a, b)
