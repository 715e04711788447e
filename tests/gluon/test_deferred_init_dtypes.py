"""Deferred initialisation infers shapes whatever the input's dtype, as MXNet's shape inference does."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

nn = mx.gluon.nn


@pytest.mark.parametrize("make", [nn.BatchNorm, nn.BatchNormReLU, nn.LayerNorm, nn.InstanceNorm])
@pytest.mark.parametrize("hybridize", [False, True])
def test_integer_data_gets_shapes_then_fails_in_the_kernel(make, hybridize):
    net = make()
    net.initialize()
    if hybridize:
        net.hybridize()
    with pytest.raises(MXNetError):      # not the ValueError of a failed deferred initialisation
        net(mx.nd.ones((2, 3, 2), dtype="int32"))
    axis = -1 if make is nn.LayerNorm else 1
    assert {p.shape for p in net.collect_params().values()} == {((2, 3, 2)[axis],)}


def test_float64_network_still_initialises_in_its_dtype():
    net = nn.HybridSequential()
    net.add(nn.Dense(3), nn.BatchNorm())
    net.initialize(mx.init.One())
    net.cast("float64")
    y = net(mx.nd.ones((2, 4), dtype="float64"))
    assert y.dtype == np.float64
    assert net[0].weight.shape == (3, 4)


def test_a_real_shape_error_is_still_a_deferred_initialisation_failure():
    net = nn.HybridSequential()
    net.add(nn.Dense(3, in_units=5), nn.BatchNorm())
    net.initialize()
    net.hybridize()
    with pytest.raises(ValueError, match="Deferred initialization failed.*Shape inconsistent"):
        net(mx.nd.ones((2, 4), dtype="int32"))


def test_fully_connected_checks_shapes_before_dtypes():
    with pytest.raises(MXNetError, match="Shape inconsistent"):
        mx.nd.FullyConnected(mx.nd.ones((2, 4), dtype="int32"), mx.nd.ones((3, 5)), no_bias=True, num_hidden=3)
    with pytest.raises(MXNetError, match="Incompatible attr"):
        mx.nd.FullyConnected(mx.nd.ones((2, 4), dtype="int32"), mx.nd.ones((3, 4)), no_bias=True, num_hidden=3)
    out = mx.nd.FullyConnected(mx.nd.ones((2, 4), dtype="int32"), mx.nd.ones((3, 4), dtype="int32"), no_bias=True,
                               num_hidden=3)
    with pytest.raises(MXNetError, match="Unsupported type 4$"):     # the kernel's failure, seen when read
        out.asnumpy()
