"""Gradients of broadcasting binary ops are summed with MXNet's reducer (Kahan, in row-major order),
and every gradient of a broadcasting op passes through it, so a blocked -0 comes out +0.
Expected values recorded from MXNet 1.9.1."""
import numpy as np

from distnet import autograd, nd


def test_reduced_gradient_is_a_kahan_sum_as_mxnet():
    rs = np.random.RandomState(7)
    a = nd.array(rs.uniform(-1, 1, (3, 1, 1)).astype(np.float32))
    b = nd.array(rs.uniform(-1, 1, (3, 20, 30)).astype(np.float32))
    dy = nd.array(rs.uniform(-1, 1, (3, 20, 30)).astype(np.float32))
    a.attach_grad()
    with autograd.record():
        y = nd.broadcast_add(a, b)
    y.backward(dy)
    expected = [float.fromhex(h) for h in ("-0x1.155b0ap+4", "0x1.b2bae2p+1", "0x1.10544ep+4")]
    assert a.grad.asnumpy().ravel().tolist() == expected
    assert a.grad.asnumpy().ravel()[0] != np.float32(np.sum(dy.asnumpy()[0]))   # not numpy's pairwise sum


def test_blocked_positions_are_positive_zero_when_broadcasting():
    x, z = nd.array([[1., 5.], [3., -2.]]), nd.array([2., 0.])
    x.attach_grad()
    z.attach_grad()
    with autograd.record():
        m = nd.broadcast_maximum(x, z)
    m.backward(nd.array([[-1., -2.], [-3., -4.]]))
    assert not np.signbit(x.grad.asnumpy()[[0, 1], [0, 1]]).any()
    assert z.grad.asnumpy().tolist() == [-1., -4.]


def test_same_shape_inputs_keep_the_sign_of_zero():
    x, z = nd.array([1., 5.]), nd.array([2., 0.])
    x.attach_grad()
    z.attach_grad()
    with autograd.record():
        m = nd.broadcast_maximum(x, z)
    m.backward(nd.array([-1., -2.]))
    assert np.signbit(x.grad.asnumpy()[0]) and np.signbit(z.grad.asnumpy()[1])
