"""An Embedding whose indices ask for a gradient: MXNet's kernel check fails inside the backward, so the
backward returns and the error shows when a gradient is read (or at waitall), once."""
import pytest

import distnet as mx
from distnet.base import MXNetError


@pytest.mark.parametrize("hybridize", [False, True])
def test_backward_returns_and_the_weight_gradient_carries_the_error(hybridize):
    net = mx.gluon.nn.Embedding(5, 3)
    net.initialize(mx.init.One())
    if hybridize:
        net.hybridize()
    x = mx.nd.array([[0, 4], [2, 2]])
    x.attach_grad()
    with mx.autograd.record():
        y = net(x)
    y.backward()
    assert y.sum().asscalar() == 12.0
    with pytest.raises(MXNetError, match="Embedding layer doesn't support calculate data gradient"):
        net.weight.grad().asnumpy()
    assert x.grad.asnumpy().sum() == 0.0        # raised once
    mx.nd.waitall()


def test_an_unread_error_surfaces_at_waitall():
    w = mx.nd.ones((5, 3))
    w.attach_grad()
    x = mx.nd.array([1, 3])
    x.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Embedding(x, w, input_dim=5, output_dim=3)
    y.backward()
    with pytest.raises(MXNetError, match="kNullOp"):
        mx.nd.waitall()
    mx.nd.waitall()


def test_indices_without_gradient_train_the_weight():
    w = mx.nd.zeros((4, 2))
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Embedding(mx.nd.array([1, 1, 3]), w, input_dim=4, output_dim=2)
    y.backward()
    assert w.grad.asnumpy().tolist() == [[0, 0], [2, 2], [0, 0], [1, 1]]
