"""Reductions with exclude=True and no axis reduce every axis, as MXNet 1.9.1 does."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd


@pytest.mark.parametrize("op, value", [("sum", 276.0), ("mean", 11.5), ("max", 23.0), ("min", 0.0),
                                       ("prod", 0.0), ("nansum", 276.0)])
def test_exclude_without_axis_reduces_everything(op, value):
    x = nd.arange(24).reshape((2, 3, 4))
    for kwargs in ({"exclude": True}, {"axis": (), "exclude": True}):
        r = getattr(nd, op)(x, **kwargs)
        assert r.shape == (1,) and r.asscalar() == value
    assert getattr(nd, op)(x, exclude=True, keepdims=True).shape == (1, 1, 1)


def test_exclude_of_every_axis_is_the_identity():
    x = nd.arange(24).reshape((2, 3, 4))
    np.testing.assert_array_equal(nd.sum(x, axis=(0, 1, 2), exclude=True).asnumpy(), x.asnumpy())


def test_gradient_of_an_all_axes_exclude_mean():
    x = nd.arange(6).reshape((2, 3))
    x.attach_grad()
    with mx.autograd.record():
        y = nd.mean(x, exclude=True)
    y.backward()
    np.testing.assert_allclose(x.grad.asnumpy(), np.full((2, 3), 1 / 6), rtol=1e-6)
