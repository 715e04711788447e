"""Embedding refuses a gradient for its indices, as MXNet 1.9.1 does; the weight gradient still flows."""
import numpy as np
import pytest

from distnet import autograd, gluon, nd
from distnet.base import MXNetError


def test_attached_indices_make_the_backward_kernel_fail():
    x = nd.array([[1, 2], [3, 0]])
    x.attach_grad()
    w = nd.ones((4, 2))
    w.attach_grad()
    with autograd.record():
        y = nd.Embedding(x, w, input_dim=4, output_dim=2)
    y.backward()            # MXNet's kernel check fails in the engine: the gradients carry it
    with pytest.raises(MXNetError):
        w.grad.asnumpy()


def test_plain_indices_backpropagate_into_the_weight():
    net = gluon.nn.Embedding(4, 2)
    net.initialize()
    with autograd.record():
        y = net(nd.array([[1, 2], [1, 0]]))
    y.backward()
    np.testing.assert_array_equal(net.weight.grad().asnumpy()[:, 0], [1, 2, 1, 0])
