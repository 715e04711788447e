"""A block optimized for the MKLDNN backend computes its fused nodes as MXNet's fused kernels: a BatchNorm
folded into the convolution's weight and bias, an activation with oneDNN's reference arithmetic."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError
from distnet.gluon import nn


def _net(*layers):
    net = nn.HybridSequential()
    net.add(*layers)
    net.initialize()
    values = np.random.RandomState(1)
    for key in sorted(net.collect_params().keys()):
        param = net.collect_params()[key]
        low, high = (0.5, 1.5) if "var" in key else (-1, 1)
        param.set_data(nd.array(values.uniform(low, high, param.shape)))
    return net


X = nd.array(np.random.RandomState(2).uniform(-2, 2, (1, 2, 4, 4)))


def test_conv_batchnorm_runs_as_one_convolution_with_folded_weights():
    net = _net(nn.Conv2D(3, 3, padding=1, in_channels=2), nn.BatchNorm(in_channels=3))
    conv, bn = net[0], net[1]
    net.optimize_for(X, backend="MKLDNN")
    alpha = (bn.gamma.data().asnumpy().astype(np.float64)
             / np.sqrt(bn.running_var.data().asnumpy().astype(np.float64) + 1e-5)).astype(np.float32)
    weight = conv.weight.data().asnumpy() * alpha.reshape(-1, 1, 1, 1)
    bias = bn.beta.data().asnumpy() + alpha * (conv.bias.data().asnumpy() - bn.running_mean.data().asnumpy())
    expected = nd.Convolution(X, nd.array(weight), nd.array(bias), kernel=(3, 3), pad=(1, 1), num_filter=3)
    np.testing.assert_array_equal(net(X).asnumpy(), expected.asnumpy())
    unfused = bn(conv(X)).asnumpy()
    np.testing.assert_allclose(net(X).asnumpy(), unfused, rtol=1e-5, atol=1e-6)


def test_conv_relu_gives_negative_zeros_as_onednn_reference_relu():
    net = _net(nn.Conv2D(3, 3, padding=1, in_channels=2, activation="relu"))
    plain = net(X).asnumpy()
    net.optimize_for(X, backend="MKLDNN")
    fused = net(X).asnumpy()
    np.testing.assert_array_equal(fused, plain)
    assert not np.signbit(plain).any()
    assert np.signbit(fused).any()
    assert (np.signbit(fused) == (plain == 0)).all()


@pytest.mark.parametrize("backend", ["default", "default_v2"])
def test_default_subgraph_backends_need_op_names(backend):
    symbol = mx.sym.relu(mx.sym.FullyConnected(mx.sym.var("data"), num_hidden=2))
    for partition in (symbol.optimize_for, symbol.get_backend_symbol):
        with pytest.raises(MXNetError, match="Cannot find attribute op_names in SubgraphProperty"):
            partition(backend)
    assert symbol.optimize_for("not_registered").list_outputs() == symbol.list_outputs()
