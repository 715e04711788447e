"""A grouped transposed convolution of unknown in_channels: refused when built in legacy shape semantics, built
and inferred at the first forward under NumPy shape semantics (where the unknown 0 is a size), as MXNet."""
import pytest

import distnet as mx
from distnet.base import MXNetError

nn = mx.gluon.nn


def test_legacy_shapes_refuse_groups_not_dividing_the_unknown_channel_count():
    with pytest.raises(MXNetError, match="input num_filter must divide group size"):
        nn.Conv1DTranspose(2, 2, groups=2)


def test_numpy_shapes_build_the_layer_and_infer_its_weight():
    with mx.util.np_shape(True), mx.util.np_array(True):
        net = nn.Conv2DTranspose(4, 2, groups=4)
        net.initialize(mx.init.One())
        y = net(mx.np.ones((1, 8, 3, 3)))
        assert y.shape == (1, 4, 4, 4)
        assert net.weight.shape == (8, 1, 2, 2)
        assert float(y[0, 0, 0, 0]) == 2.0      # two input channels per group, one tap each


def test_numpy_shapes_still_check_the_output_groups():
    with mx.util.np_shape(True), mx.util.np_array(True):
        with pytest.raises(MXNetError, match="output num_filter must divide group size"):
            nn.Conv1DTranspose(2, 2, groups=3)
