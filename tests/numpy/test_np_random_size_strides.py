"""mx.np.random with a size: the samples take that shape and read each parameter by its own strides."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


def setup_module():
    mx.npx.set_np()


def teardown_module():
    mx.npx.reset_np()


def test_a_size_smaller_than_the_parameters_reads_their_first_entries_where_it_has_one():
    high = mx.np.array([[2.0, 3.0, 4.0], [5.0, 6.0, 7.0]])
    mx.random.seed(4)
    got = mx.np.random.uniform(0.0, high, size=(2, 1)).asnumpy()
    mx.random.seed(4)
    unit = mx.np.random.uniform(0.0, 1.0, size=(2, 1)).asnumpy()
    assert got.shape == (2, 1)
    assert (got == np.float32([[2.0], [5.0]]) * unit).all()
    mx.random.seed(4)
    loc = mx.np.array([[1.0, 9.0], [8.0, 7.0]])
    first = mx.np.random.gumbel(loc, 0.0, size=1).asnumpy()
    assert first.shape == (1,) and first[0] == 1.0


def test_power_of_an_integer_exponent_array_divides_as_integers():
    assert (mx.np.random.power(mx.np.array([2, 3], dtype="int32")).asnumpy() == 1).all()
    ones = mx.np.random.power(mx.np.array([1], dtype="int32"), size=(4,)).asnumpy()
    assert ((ones >= 0) & (ones <= 1)).all() and len(set(ones.tolist())) > 1


def test_half_parameters_give_half_precision_samples():
    out = mx.np.random.gumbel(mx.np.array([1.0, 2.0], dtype="float16"), 2.0).asnumpy()
    assert out.dtype == np.float32 and (out == out.astype(np.float16)).all()
    out = mx.np.random.gamma(mx.np.array([3.0, 2.0], dtype="float16"), 1.0).asnumpy()
    assert (out == out.astype(np.float16)).all()


def test_batch_samplers_compute_in_their_parameters_type_and_check_shapes_first():
    mx.random.seed(2)
    wide = mx.npx.random.uniform_n(1, mx.np.array(2.0, dtype="float64"), batch_shape=3, dtype="float64").asnumpy()
    mx.random.seed(2)
    unit = mx.np.random.uniform(size=3).asnumpy().astype(np.float64)
    assert (wide == 1 + unit).all()         # in double: no float32 rounding of 1 + u
    with pytest.raises(MXNetError, match=r"broadcast together with shapes \[2\] \[1,3\]"):
        mx.npx.random.normal_n(mx.np.ones(2, dtype="float16"), mx.np.ones((1, 3)), batch_shape=3)
    with pytest.raises(MXNetError, match=r"broadcast together with shapes \[2\] \[70\]"):
        mx.npx.random.bernoulli(prob=mx.np.array([0.1, 0.9]), size=(70,))


def test_choice_reads_the_first_a_probabilities_and_a_negative_a_as_c_modulo():
    assert (mx.np.random.choice(0, size=8, p=mx.np.array([0.2, 0.3, 0.5])).asnumpy() == 0).all()
    assert set(mx.np.random.choice(2, size=64, p=mx.np.array([0.2, 0.3, 0.5])).asnumpy().tolist()) <= {0, 1, 2}
    picks = mx.np.random.choice(-3, size=64).asnumpy()
    assert set(picks.tolist()) <= {0, 1, 2} and len(set(picks.tolist())) == 3
