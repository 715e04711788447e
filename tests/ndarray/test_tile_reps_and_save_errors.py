"""nd.tile takes an int reps; saving to a path that cannot be opened raises MXNetError (as MXNet 1.9.1)."""
import numpy as np
import pytest

from distnet import autograd, nd
from distnet.base import MXNetError


def test_tile_with_an_int_reps():
    y = nd.array([1.5, -2.5, 3.25])
    np.testing.assert_array_equal(y.tile(2).asnumpy(), [1.5, -2.5, 3.25, 1.5, -2.5, 3.25])
    np.testing.assert_array_equal(nd.tile(nd.ones((2, 2)), reps=3).shape, (2, 6))
    y.attach_grad()
    with autograd.record():
        z = nd.tile(y, reps=2)
    z.backward()
    np.testing.assert_array_equal(y.grad.asnumpy(), [2, 2, 2])


def test_save_to_a_missing_directory_is_an_mxnet_error(tmp_path):
    with pytest.raises(MXNetError):
        nd.save(str(tmp_path / "missing" / "x.nd"), nd.ones(2))
