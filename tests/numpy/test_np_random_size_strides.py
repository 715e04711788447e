"""mx.np.random with a size: the samples take that shape and read each parameter by its own strides."""
import numpy as np

import distnet as mx


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
