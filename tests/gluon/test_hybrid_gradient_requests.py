"""A hybridized block's backward asks its operators for the gradients wanted at backward time, as imperative runs."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon


def _input_gradients(hybrid, layer):
    net = getattr(gluon.rnn, layer)(3, input_size=2)
    net.initialize(mx.init.Constant(0.1))
    net.cast("float64")
    if hybrid:
        net.hybridize()
    x = mx.nd.ones((2, 1, 2), dtype="float64") * 0.5
    x.attach_grad()
    with autograd.record():
        y = net(x)
    asked = autograd.grad(y, [x])[0].asnumpy()
    with autograd.record():
        y = net(x)
    y.backward()
    full = x.grad.asnumpy().copy()
    net.collect_params().setattr("grad_req", "null")
    with autograd.record():
        y = net(x)
    y.backward()
    return asked, full, x.grad.asnumpy()


@pytest.mark.parametrize("layer", ["RNN", "GRU"])
def test_hybridized_rnn_sees_which_gradients_are_asked(layer):
    imperative = _input_gradients(False, layer)
    hybridized = _input_gradients(True, layer)
    for a, b in zip(imperative, hybridized):
        np.testing.assert_allclose(a, b, rtol=1e-12)
    asked, full, frozen = hybridized
    # the float64 kernel without weight gradients leaves out the first step's recurrent path
    assert not np.allclose(asked[0], full[0])
    np.testing.assert_allclose(asked, frozen, rtol=1e-12)
    np.testing.assert_allclose(asked[1], full[1], rtol=1e-12)


def test_frozen_layer_gets_no_gradient_in_a_hybridized_mlp():
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(4, activation="tanh", in_units=3), gluon.nn.Dense(2, in_units=4))
    net.initialize(mx.init.Xavier())
    net.hybridize()
    net[1].collect_params().setattr("grad_req", "null")
    x = mx.nd.random.uniform(shape=(5, 3))
    with autograd.record():
        loss = (net(x) ** 2).sum()
    loss.backward()
    w1, b1 = net[0].weight.data().asnumpy(), net[0].bias.data().asnumpy()
    w2, b2 = net[1].weight.data().asnumpy(), net[1].bias.data().asnumpy()
    h = np.tanh(x.asnumpy() @ w1.T + b1)
    dh = (2 * (h @ w2.T + b2) @ w2) * (1 - h ** 2)
    np.testing.assert_allclose(net[0].weight.grad().asnumpy(), dh.T @ x.asnumpy(), rtol=1e-4, atol=1e-6)
    np.testing.assert_allclose(net[0].bias.grad().asnumpy(), dh.sum(0), rtol=1e-4, atol=1e-6)


@pytest.mark.parametrize("hybrid", [False, True])
def test_sparse_embedding_refuses_grad_req_add_hybridized_or_not(hybrid):
    # MXNet's sparse Embedding backward kernel checks the request, in a CachedOp too: the gradient carries the
    # refusal to whoever reads it
    net = gluon.nn.Embedding(10, 3, sparse_grad=True)
    net.initialize()
    net.weight.grad_req = "add"
    if hybrid:
        net.hybridize()
    with autograd.record():
        y = net(mx.nd.array([1, 2, 2]))
    y.backward()
    with pytest.raises(mx.base.MXNetError, match=r"Check failed: req == kWriteTo \(3 vs\. 1\) : SparseEmbedding layer "
                                                 r"doesn't support weight gradient calculation with req != write$"):
        net.weight.grad().indices.asnumpy()


def test_hybridized_sparse_embedding_still_writes_its_rows():
    net = gluon.nn.Embedding(10, 3, sparse_grad=True)
    net.initialize()
    net.hybridize()
    with autograd.record():
        y = net(mx.nd.array([1, 2, 2]))
    y.backward()
    grad = net.weight.grad()
    assert grad.stype == "row_sparse"
    np.testing.assert_array_equal(grad.indices.asnumpy(), [1, 2])
    np.testing.assert_array_equal(grad.data.asnumpy(), [[1, 1, 1], [2, 2, 2]])
