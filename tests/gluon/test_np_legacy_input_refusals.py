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
