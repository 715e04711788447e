"""A training-mode backward after a predict-mode float32 BatchNorm updates the moving statistics with the
ones the forward used, the variance after its round trip through 1/sqrt(var + eps) (MXNet 1.9.1's values)."""
import numpy as np

from distnet import autograd, nd


def test_predict_forward_then_backward_moves_variance_by_its_round_trip():
    rs = np.random.RandomState(0)
    x = nd.array(rs.standard_normal((2, 3, 4)))
    g, b = nd.array(rs.standard_normal(3)), nd.array(rs.standard_normal(3))
    mm, mv = nd.array(rs.standard_normal(3)), nd.array(rs.uniform(0.5, 2, 3))
    assert mv.asnumpy().tolist() == [1.5464468002319336, 0.5903382301330566, 1.5001500844955444]
    x.attach_grad()
    with autograd.record(train_mode=False):
        y = nd.BatchNorm(x, g, b, mm, mv, fix_gamma=False, momentum=0.0)
    y.backward(nd.ones_like(y))
    assert mm.asnumpy().tolist() == [0.154947429895401, 0.37816253304481506, -0.8877857327461243]
    assert mv.asnumpy().tolist() == [1.5464470386505127, 0.5903382301330566, 1.5001503229141235]


def test_a_predict_mode_backward_after_a_training_forward_uses_the_moving_statistics():
    x = nd.array([[1.0, 2, 3], [3, 6, 9]])
    g, b = nd.array([1.0, 2, 3]), nd.zeros(3)
    mm, mv = nd.array([0.5, 1.0, 1.5]), nd.array([1.0, 4.0, 9.0])
    x.attach_grad()
    g.attach_grad()
    with autograd.record(train_mode=True):
        y = nd.BatchNorm(x, g, b, mm, mv, fix_gamma=False)
    dy = np.array([[1.0, 0, 2], [0, 1, 1]], np.float32)
    y.backward(nd.array(dy), train_mode=False)
    # d/dx of (x - mm) * g / sqrt(mv + eps) with the moving statistics held fixed
    mean, var = mm.asnumpy(), mv.asnumpy()
    invstd = 1 / np.sqrt(var + 1e-3)
    np.testing.assert_allclose(x.grad.asnumpy(), dy * g.asnumpy() * invstd, rtol=1e-5)
    np.testing.assert_allclose(g.grad.asnumpy(), (dy * (x.asnumpy() - mean) * invstd).sum(axis=0), rtol=1e-5)
