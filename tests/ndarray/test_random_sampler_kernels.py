"""Sampler kernels' corner cases repeated as MXNet 1.9.1 computes them (values measured from it)."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd


def test_multinomial_past_a_rows_total_reads_and_feeds_the_next_rows_first_category():
    # rows 0 and 1 sum to less than 1: draws past their total are category 3, whose probability MXNet reads
    # (and whose gradient it writes) at the next row's category 0
    mx.random.seed(4)
    x = nd.array([[0.1, 0.2, 0.05], [0.3, 0.1, 0.2], [0.25, 0.25, 0.5]])
    x.attach_grad()
    with autograd.record():
        s, p = nd.random.multinomial(x, shape=6, get_prob=True)
        loss = (p * nd.arange(18).reshape((3, 6))).sum()
    loss.backward()
    assert s.asnumpy().tolist() == [[2, 3, 3, 0, 3, 3], [0, 2, 0, 2, 3, 3], [2, 2, 1, 1, 0, 2]]
    assert p.asnumpy()[0, 1] == np.float32(np.log(np.float32(0.3)))      # row 1's category 0
    assert p.asnumpy()[1, 4] == np.float32(np.log(np.float32(0.25)))     # row 2's category 0
    assert x.grad.asnumpy().tolist() == [[30.0, 0.0, 0.0], [86.66666412353516, 0.0, 80.0], [148.0, 116.0, 84.0]]
    # the closed form: d/dx[r, c] of sum_j w_j log x[pos_j] is sum over draws reading x[r, c] of w_j / x[r, c]
    w = np.arange(18, dtype=np.float64).reshape(3, 6)
    pos = np.arange(3)[:, None] * 3 + s.asnumpy().astype(int)
    expected = np.zeros(9)
    np.add.at(expected, pos.ravel(), w.ravel() / x.asnumpy().ravel()[pos.ravel()])
    assert np.allclose(x.grad.asnumpy().ravel(), expected, rtol=1e-6)


def test_multinomial_on_half_data_compares_the_draw_in_half():
    mx.random.seed(0)
    x = nd.array(np.full((4, 11), 1.0 / 11), dtype="float16")
    half = nd.random.multinomial(x, shape=200).asnumpy()
    mx.random.seed(0)
    single = nd.random.multinomial(x.astype("float32"), shape=200).asnumpy()
    assert half.sum() == 4044 and (half != single).sum() == 3
    assert half[0, :10].tolist() == [6, 6, 7, 9, 6, 9, 5, 9, 4, 6]


@pytest.mark.parametrize("dtype", ["int32", "uint8", "int64"])
def test_negative_binomial_of_integer_parameters_is_zero_after_the_draws_it_takes(dtype):
    # MXNet's gamma step takes the scale (1 - p) / p in the parameters' integer type: never positive
    mx.random.seed(3)
    k, p = nd.array([1, 3, 0], dtype=dtype), nd.array([0, 1, 2], dtype=dtype)
    assert nd.sample_negative_binomial(k, p, shape=2).asnumpy().tolist() == [[0.0, 0.0]] * 3
    assert nd.random.uniform(shape=2).asnumpy().tolist() == [0.9958800673484802, 0.28663256764411926]
