"""Samplers given an infinite rate (negative_binomial with p = 0, poisson(inf)) give MXNet 1.9.1's INT_MIN."""
import math

import distnet as mx

INT_MIN = -2.0 ** 31


def test_negative_binomial_with_zero_success_probability():
    assert mx.nd.random.negative_binomial(3, 0.0, shape=2).asnumpy().tolist() == [INT_MIN] * 2
    per_row = mx.nd.random.negative_binomial(mx.nd.array([3.0]), mx.nd.array([0.0]), shape=2)
    assert per_row.asnumpy().tolist() == [[INT_MIN] * 2]


def test_poisson_of_an_infinite_rate():
    assert mx.nd.random.poisson(math.inf, shape=2).asnumpy().tolist() == [INT_MIN] * 2


def test_finite_rates_keep_mxnets_stream():
    mx.random.seed(3)
    assert mx.nd.random.negative_binomial(3, 0.4, shape=4).asnumpy().tolist() == [1, 3, 6, 2]
    assert mx.nd.random.poisson(20.0, shape=4).asnumpy().tolist() == [26, 20, 17, 20]


def test_symbolic_samplers_with_parameter_arrays_bind_and_run():
    v1, v2 = mx.sym.var("v1"), mx.sym.var("v2")
    y = mx.sym.random.negative_binomial(v1, v2, shape=(3,), dtype="float16")
    ex = y.bind(mx.cpu(), args={"v1": mx.nd.array([[3, 4], [5, 6]]), "v2": mx.nd.array([[0.4, 0.77], [0.5, 0.84]])})
    ex.forward()
    assert ex.outputs[0].shape == (2, 2, 3)
