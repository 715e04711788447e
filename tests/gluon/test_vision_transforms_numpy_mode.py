"""Vision transforms that MXNet 1.9.1 refuses for mx.np images under npx.set_np() (measured on MXNet)."""
import pytest

import distnet as mx
from distnet import np, npx
from distnet.gluon.data.vision import transforms as T


@pytest.fixture
def numpy_mode():
    npx.set_np()
    yield
    npx.reset_np()


@pytest.mark.parametrize("hybridize", [False, True])
def test_crop_resize_runs_the_legacy_crop(numpy_mode, hybridize):
    t = T.CropResize(1, 1, 3, 2)
    if hybridize:
        t.hybridize()
    with pytest.raises(TypeError, match="legacy"):
        t(np.ones((6, 6, 3), dtype="uint8"))


@pytest.mark.parametrize("make", [lambda: T.Rotate(20), lambda: T.RandomRotation((-30, 30))])
def test_rotations_refuse_numpy_arrays(numpy_mode, make):
    with pytest.raises(TypeError, match="only supports float32"):
        make()(np.ones((3, 4, 4)))


def test_legacy_images_still_rotate_and_crop():
    x = mx.nd.ones((3, 4, 4))
    assert T.Rotate(20)(x).shape == (3, 4, 4)
    assert T.RandomRotation((-30, 30))(x).shape == (3, 4, 4)
    assert T.CropResize(1, 1, 3, 2)(mx.nd.ones((6, 6, 3), dtype="uint8")).shape == (2, 3, 3)
