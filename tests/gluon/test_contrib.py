"""gluon.contrib.nn layers and nn.BatchNormReLU."""
import numpy as np

import distnet as mx
from distnet import nd
from distnet.gluon import contrib, nn


def test_pixel_shuffle_2d_moves_channel_blocks_into_space():
    x = np.arange(2 * 12 * 2 * 3, dtype=np.float32).reshape(2, 12, 2, 3)
    y = contrib.nn.PixelShuffle2D((2, 3))(nd.array(x)).asnumpy()
    expected = x.reshape(2, 2, 2, 3, 2, 3).transpose(0, 1, 4, 2, 5, 3).reshape(2, 2, 4, 9)
    np.testing.assert_array_equal(y, expected)
    assert repr(contrib.nn.PixelShuffle2D((2, 3))) == "PixelShuffle2D((2, 3))"


def test_pixel_shuffle_1d_and_3d_shapes_and_values():
    x = np.arange(48, dtype=np.float32).reshape(2, 6, 4)
    y = contrib.nn.PixelShuffle1D(3)(nd.array(x)).asnumpy()
    np.testing.assert_array_equal(y, x.reshape(2, 2, 3, 4).transpose(0, 1, 3, 2).reshape(2, 2, 12))
    z = contrib.nn.PixelShuffle3D(2)(nd.ones((1, 16, 2, 1, 3)))
    assert z.shape == (1, 2, 4, 2, 6)


def test_concurrent_concatenates_children():
    net = contrib.nn.HybridConcurrent(axis=1)
    net.add(nn.Dense(2, in_units=3), contrib.nn.Identity())
    net.initialize(mx.init.One())
    x = nd.array([[1, 2, 3]])
    assert net(x).asnumpy().tolist() == [[6.0, 6.0, 1.0, 2.0, 3.0]]
    net.hybridize()
    assert net(x).asnumpy().tolist() == [[6.0, 6.0, 1.0, 2.0, 3.0]]


def test_batchnorm_relu_is_batchnorm_then_relu():
    layer = nn.BatchNormReLU(in_channels=2)
    layer.initialize()
    assert layer.name.startswith("batchnormrelu")
    x = nd.array([[-1.0, 2.0], [3.0, -4.0]])
    assert (layer(x).asnumpy() >= 0).all()
