"""A hybridized graph's kind decides its outputs, and a graph needs an input to build its gradient."""
import pytest

import distnet as mx
from distnet import np, npx
from distnet.base import MXNetError
from distnet.gluon import nn


class _Legacy(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return x.as_nd_ndarray()


class _Constant(nn.HybridBlock):
    def hybrid_forward(self, F, x):
        return F.zeros((2, 3))


@pytest.mark.parametrize("hybridize", [False, True])
def test_legacy_outputs_refused_under_numpy_semantics(hybridize):
    npx.set_np()
    try:
        block = _Legacy()
        if hybridize:
            block.hybridize()
        with pytest.raises(TypeError, match="must be of type `mxnet.numpy.ndarray`"):
            block(np.ones((2,)))
    finally:
        npx.reset_np()


def test_graph_without_inputs_refused_at_every_call():
    block = _Constant()
    block.hybridize()
    for _ in range(2):
        with pytest.warns(UserWarning, match="not used"), \
                pytest.raises(MXNetError, match="no inputs in computation graph that require gradients"):
            block(mx.nd.ones((2,)))
    assert _Constant()(mx.nd.ones((2,))).shape == (2, 3)      # (imperative: no graph to differentiate)


def test_np_symbol_group_repr_shows_each_symbol():
    group = mx.sym.Group([mx.sym.var("x"), mx.sym.var("y")]).as_np_ndarray()
    assert repr(group) == "<_Symbol group [<_Symbol x>, <_Symbol y>]>"
