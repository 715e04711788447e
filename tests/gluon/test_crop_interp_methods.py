"""Vision crop transforms resolve interpolation 9 (by size) and 10 (random) as mx.image does (MXNet 1.9.1)."""
import random

import numpy as np
import pytest

import distnet as mx
from distnet.gluon.data.vision import transforms

IMG = mx.nd.array((np.arange(9 * 7 * 3).reshape(9, 7, 3) * 29) % 256, dtype="uint8")


@pytest.mark.parametrize("interp, total, head", [
    (9, 45692, [230, 134, 19, 34, 122, 210, 171, 35, 30, 113, 185, 232]),      # enlarging: bicubic
    (10, 45724, [194, 130, 32, 72, 123, 173, 150, 51, 70, 120, 171, 204]),     # random.randint(0, 4) after seed 3
])
def test_center_crop_resolves_pseudo_interpolations(interp, total, head):
    random.seed(3)
    out = transforms.CenterCrop((12, 10), interpolation=interp)(IMG).asnumpy()
    assert int(out.astype(np.int64).sum()) == total
    assert out[:, :, 0].ravel()[:12].tolist() == head


def test_center_crop_refuses_interpolation_5_as_mx_image():
    with pytest.raises(ValueError, match="Unknown interp method 5"):
        transforms.CenterCrop((12, 10), interpolation=5)(IMG)


def test_center_crop_of_an_empty_window_fails_in_resize():
    # (20, 1) on a 9 x 7 image keeps no rows: OpenCV's resize refuses the empty source (MXNetError when read)
    with pytest.raises(mx.base.MXNetError, match="empty"):
        transforms.CenterCrop((20, 1))(IMG).asnumpy()
