"""OpenCV's INTER_LINEAR_EXACT (interp=5) in mx.image.imresize and nd.image.resize, values from MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

IMG = ((np.arange(5 * 7 * 3).reshape(5, 7, 3) * 37) % 256).astype(np.uint8)

# MXNet 1.9.1: mx.image.imresize(IMG, 9, 4, interp=5), one list per channel
EXACT_9x4 = [
    [[1, 75, 162, 191, 78, 164, 109, 81, 155], [12, 87, 173, 202, 89, 176, 120, 92, 166],
     [24, 98, 184, 213, 101, 187, 131, 103, 178], [35, 109, 96, 50, 112, 198, 142, 115, 189]],
    [[38, 112, 85, 29, 115, 201, 146, 118, 192], [49, 124, 96, 40, 126, 213, 157, 129, 203],
     [61, 135, 107, 51, 138, 224, 168, 140, 215], [72, 146, 118, 63, 149, 61, 80, 152, 226]],
    [[75, 149, 122, 66, 152, 39, 69, 155, 229], [86, 161, 133, 77, 163, 51, 80, 166, 240],
     [98, 172, 144, 88, 175, 62, 91, 177, 252], [109, 183, 155, 100, 186, 73, 102, 114, 39]],
]


def test_imresize_interp5_is_integer_bilinear_and_differs_from_interp1():
    src = mx.nd.array(IMG, dtype="uint8")
    exact = mx.image.imresize(src, 9, 4, interp=5).asnumpy()
    assert exact.transpose(2, 0, 1).tolist() == EXACT_9x4
    assert int((exact != mx.image.imresize(src, 9, 4, interp=1).asnumpy()).sum()) == 16    # as in MXNet


def test_nd_image_resize_interp5_matches_mxnet():
    out = mx.nd.image.resize(mx.nd.array(IMG, dtype="uint8"), size=(3, 8), interp=5).asnumpy()
    assert int(out.astype(np.int64).sum()) == 9371
    assert out[:, :, 0].tolist() == [[74, 77, 80], [78, 81, 84], [84, 87, 89], [89, 92, 95], [95, 98, 101],
                                     [101, 103, 106], [106, 109, 112], [110, 113, 116]]


def test_interp5_on_float_images_is_plain_bilinear():
    src = mx.nd.array(IMG, dtype="float32")
    assert (mx.image.imresize(src, 9, 4, interp=5).asnumpy() == mx.image.imresize(src, 9, 4, interp=1).asnumpy()).all()


@pytest.mark.parametrize("interp", [-1, 6, 7])
def test_unknown_interpolation_methods_are_refused(interp):
    src = mx.nd.array(IMG, dtype="uint8")
    with pytest.raises(MXNetError, match="Unknown interpolation method"):
        mx.image.imresize(src, 9, 4, interp=interp).asnumpy()
    out = mx.nd.image.resize(src, size=(9, 4), interp=interp)     # the operator's kernel finds it: on reading
    assert out.shape == (4, 9, 3)
    with pytest.raises(MXNetError, match="Unknown interpolation method"):
        out.asnumpy()
