"""A user's HybridBlock under NumPy semantics returning legacy NDArrays is refused, as in MXNet 1.9.1 (TypeError)."""
import pytest

import distnet as mx
from distnet import np
from distnet.gluon import HybridBlock, nn
from distnet.util import use_np


@use_np
class _Mixed(HybridBlock):
    def hybrid_forward(self, F, x):
        return x.as_nd_ndarray() + x.as_nd_ndarray(), F.np.multiply(x, x)


@use_np
class _Classic(HybridBlock):
    def hybrid_forward(self, F, x):
        return x.as_nd_ndarray() + 1


class _ClassicWithoutNumpy(HybridBlock):
    def hybrid_forward(self, F, x):
        return x.as_nd_ndarray() * 2


@pytest.mark.parametrize("block", [_Mixed, _Classic])
def test_legacy_outputs_under_numpy_semantics_are_refused(block):
    with pytest.raises(TypeError):
        block()(np.ones((2, 3)))


def test_outside_numpy_semantics_legacy_outputs_are_fine():
    out = _ClassicWithoutNumpy()(np.ones((2, 3)))
    assert type(out) is mx.nd.NDArray and out.asnumpy().tolist() == [[2.0] * 3] * 2


def test_distnet_layers_still_return_np_arrays():
    @use_np
    def run():
        dense = nn.Dense(2, in_units=3)
        dense.initialize()
        return dense(np.ones((1, 3)))
    assert type(run()) is mx.np.ndarray
