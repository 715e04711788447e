"""Shape-like parameters given as one int (shape=6, axes=1, reps=2) read as one-entry tuples, as MXNet does."""
import numpy as np

from distnet import nd


def test_reshape_and_broadcast_to_take_an_int_shape():
    v = nd.arange(6).reshape((2, 3))
    assert nd.reshape(v, shape=6).shape == (6,)
    np.testing.assert_array_equal(nd.broadcast_to(nd.array([2.]), shape=4).asnumpy(), [2, 2, 2, 2])


def test_slice_like_takes_an_int_axes():
    x = nd.arange(24).reshape((2, 3, 4))
    r = nd.slice_like(x, nd.ones((1, 2, 2)), axes=1)
    assert r.shape == (2, 2, 4)
    np.testing.assert_array_equal(r.asnumpy(), x.asnumpy()[:, :2])
