"""Legacy NDArrays given to Gluon blocks under npx.set_np(): which error MXNet 1.9.1 raises, and when it takes them."""
import pytest

import distnet as mx
from distnet import np, npx
from distnet.gluon import nn


@pytest.fixture(autouse=True)
def _np_mode():
    npx.set_np()
    yield
    npx.reset_np()


def _seq(*layers):
    net = nn.HybridSequential()
    net.add(*layers)
    net.initialize()
    return net


class _Double(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return x * 2


# measured on MXNet 1.9.1: a container passes the legacy input on, its first layer decides the error
@pytest.mark.parametrize("layers, error", [
    (lambda: [nn.Dense(3)], ValueError),                      # deferred shape: inference fails first
    (lambda: [nn.Dense(3, in_units=2)], TypeError),           # npx operator refuses it
    (lambda: [nn.Activation("relu"), nn.Dense(3)], TypeError),
    (lambda: [nn.LayerNorm()], ValueError),
    (lambda: [_seq(nn.Dense(3))], ValueError),
    (lambda: [_Double()], TypeError),                         # a legacy output under npx.set_np()
])
def test_container_first_layer_decides(layers, error):
    with pytest.raises(error):
        _seq(*layers())(mx.nd.ones((1, 2)))


def test_existing_graph_takes_legacy_inputs():
    net = _seq(nn.Dense(3))
    net.hybridize()
    with pytest.raises(TypeError):              # no graph yet: tracing would reach npx operators
        net(mx.nd.ones((1, 2)))
    expected = net(np.ones((1, 2)))
    out = net(mx.nd.ones((1, 2)))
    assert type(out) is np.ndarray and out.asnumpy().tolist() == expected.asnumpy().tolist()


@pytest.mark.parametrize("make", [lambda: mx.gluon.contrib.nn.Identity(), lambda: mx.gluon.contrib.nn.PixelShuffle2D(2)])
def test_hybridized_legacy_only_layer_runs_legacy_inputs_and_refuses_its_legacy_outputs(make):
    layer = make()
    layer.initialize()
    layer.hybridize()
    with pytest.raises(TypeError, match=r"Block's output ndarrays/symbols must be of type `mxnet.numpy.ndarray`"):
        layer(mx.nd.ones((1, 4, 2, 2)))


def test_legacy_operator_layer_with_parameters_refuses_as_its_legacy_operator():
    # MXNet's conv RNN cell has no NumPy-mode path: its legacy Convolution meets the mx.np parameters
    cell = mx.gluon.contrib.rnn.Conv1DRNNCell((2, 5), 3, 3, 3)
    cell.initialize()
    with pytest.raises(TypeError, match=r"Operator `Convolution` registered in backend is known as `Convolution` in "
                                        r"Python. This is a legacy operator"):
        cell(mx.nd.ones((1, 2, 5)), [mx.nd.zeros((1, 3, 3))])


def test_legacy_operator_layer_initialised_before_set_np_runs_legacy_inputs():
    npx.reset_np()
    cell = mx.gluon.contrib.rnn.Conv1DRNNCell((2, 5), 3, 3, 3)
    cell.initialize()                   # legacy parameters: MXNet's legacy Convolution takes them
    npx.set_np()
    with pytest.raises(TypeError, match=r"Block's output ndarrays/symbols must be of type `mxnet.numpy.ndarray`"):
        cell(mx.nd.ones((1, 2, 5)), [mx.nd.zeros((1, 3, 3))])
