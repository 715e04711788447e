"""How an op's backward kernel treats a variable's 'add' request when the variable feeds it directly."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd


def _twice(fn, x, heads=(1.0, 2.0), start=0.0):
    """The 'add' buffer of ``x`` after two backward passes of ``fn`` with head gradients ``heads`` times ones."""
    v = nd.array(x)
    v.attach_grad(grad_req="add")
    v.grad[:] = start
    for h in heads:
        with autograd.record():
            y = fn(v)
        y.backward(nd.ones_like(y) * h)
    return v.grad.asnumpy()


def test_mean_divides_the_whole_buffer_after_adding():
    x = np.arange(4.0)
    # pass 1: (0 + 1) / 4; pass 2: (0.25 + 2) / 4
    assert np.allclose(_twice(lambda v: nd.mean(v), x), (0.25 + 2) / 4)
    assert np.allclose(_twice(lambda v: nd.mean(v, axis=1), x.reshape(2, 2)), (0.5 + 2) / 2)
    # through a reshape the mean's gradient is an intermediate one: the buffer adds it as usual
    assert np.allclose(_twice(lambda v: nd.mean(v.reshape((2, 2)), axis=1), x), 0.5 + 1.0)


def test_moments_divides_the_whole_buffer_after_adding():
    x = np.array([1.0, 3.0])
    got = _twice(lambda v: nd.moments(v, axes=(0,))[0], x)
    assert np.allclose(got, (0.5 + 2) / 2)



def test_moments_adds_the_variance_part_after_dividing():
    x = np.array([1.0, 3.0])
    # each pass: buffer = buffer / 2 + h * 2 (x - mean) / 2, with the mean's head zero
    got = _twice(lambda v: nd.moments(v, axes=(0,))[1], x, start=4.0)
    buf = np.full(2, 4.0)
    for h in (1.0, 2.0):
        buf = buf / 2 + h * (x - x.mean())
    assert np.allclose(got, buf)


@pytest.mark.parametrize("fn", [lambda v: nd.clip(v, -10, 10), lambda v: nd.cumsum(v, axis=0),
                                lambda v: nd.flip(v, axis=0), lambda v: nd.reverse(v, axis=0)])
def test_kernels_that_assign_overwrite_the_buffer(fn):
    x = np.array([1.0, 2.0, 3.0])
    expected = _twice(fn, x, heads=(2.0,))      # one pass writes 2 * the gradient of ones
    assert np.allclose(_twice(fn, x, heads=(1.0, 2.0), start=5.0), expected)


def test_split_v2_overwrites_the_buffer():
    got = _twice(lambda v: nd.split_v2(v, 2)[0], np.arange(4.0), start=7.0)
    assert got.tolist() == [2.0, 2.0, 0.0, 0.0]


def test_regression_output_rescales_the_buffer_after_adding():
    x, label = np.array([[1.0, 2.0]]), nd.array([[0.5, 1.0]])
    d, s = x - label.asnumpy(), 1.0 / 2      # residual, grad_scale over the values per sample
    buf = np.zeros_like(x)
    for _ in range(2):
        buf = (buf + d) * (1 + s)
    assert np.allclose(_twice(lambda v: nd.LinearRegressionOutput(v, label), x), buf)


def test_amp_cast_to_its_own_type_leaves_the_buffer():
    assert _twice(lambda v: nd.amp_cast(v, dtype="float32"), np.ones(3), start=4.0).tolist() == [4.0] * 3
    assert _twice(lambda v: nd.amp_cast(v, dtype="float16"), np.ones(3), start=4.0).tolist() == [7.0] * 3


def test_a_variable_read_twice_still_accumulates():
    got = _twice(lambda v: nd.clip(v, -10, 10) + v, np.ones(2))
    assert got.tolist() == [6.0, 6.0]


def test_plain_ops_accumulate():
    assert _twice(lambda v: nd.sum(v * 1), np.ones(2)).tolist() == [3.0, 3.0]
    assert mx.nd.sum is nd.sum


def test_linalg_products_overwrite_a_lone_variable_and_inverse_skips_the_request():
    a, b = np.array([[1.0, 2.0], [3.0, 4.0]]), nd.array([[1.0, 0.0], [1.0, 1.0]])
    # d(sum(h * a @ b))/da = h @ b.T: rows [1, 2] for h = ones, written (not added) by the second pass (h = 2)
    assert _twice(lambda v: nd.linalg.gemm2(v, b), a, start=9.0).tolist() == [[2.0, 4.0], [2.0, 4.0]]
    assert _twice(lambda v: nd.linalg.inverse(v), a + np.eye(2) * 3, start=9.0).tolist() == [[9.0, 9.0]] * 2
    assert _twice(lambda v: nd.linalg.gemm2(v, v), a).tolist() != _twice(lambda v: nd.linalg.gemm2(v, b), a).tolist()


def test_edge_pad_adds_each_copied_position_into_the_buffer_in_turn():
    x = np.zeros((1, 1, 1, 2))
    start = np.float32(2.0 ** 24)     # 1s added one at a time round away; their sum added once does not
    got = _twice(lambda v: nd.Pad(v, mode="edge", pad_width=(0, 0, 0, 0, 0, 0, 1, 1)), x, heads=(1.0,), start=start)
    assert got.tolist() == [[[[start, start]]]]


def test_im2col_adds_each_column_back_into_the_buffer_in_turn():
    start = np.float32(2.0 ** 24)     # every 1 added alone rounds away; the middle pixel's two added as 2 would not
    got = _twice(lambda v: nd.im2col(v, kernel=(1, 2)), np.zeros((1, 1, 1, 3)), heads=(1.0,), start=start)
    assert got.tolist() == [[[[start, start, start]]]]
