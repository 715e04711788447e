"""Bicubic uint8 resizing is bit-exact with MXNet 1.9.1 (OpenCV), including its SSE2 float vertical pass."""
import hashlib

import numpy as np

from distnet import image, nd
from distnet.gluon.data.vision import transforms

# mx.image.imresize(RandomState(13).randint(0, 256, (8, 10, 1)) as uint8, 9, 8, interp=2), from MXNet 1.9.1.
# Pixel (4, 4) is 248 there; an all-integer vertical pass gives 249.
SMALL_13 = [[86, 171, 39, 99, 170, 190, 173, 227, 188], [224, 163, 221, 140, 190, 172, 220, 221, 80],
            [73, 73, 30, 57, 168, 148, 148, 134, 211], [238, 47, 35, 107, 92, 71, 23, 73, 59],
            [22, 57, 175, 153, 248, 169, 113, 175, 125], [94, 201, 15, 118, 200, 152, 93, 114, 240],
            [244, 134, 191, 74, 255, 246, 229, 96, 162], [206, 125, 239, 68, 140, 187, 34, 43, 184]]

# 20x18x3 RandomState(0) image shrunk to 18x18 by MXNet: sha256 of the output bytes, and the three values
# where the float pass rounds down (the integer pass gives one more each).
SHRINK_SHA256 = "512f8847a7156a7c5269a75ea7800f7454587b81a0466221242e4601a3076ac9"
SHRINK_PIXELS = {(13, 7, 1): 206, (13, 8, 0): 132, (13, 8, 2): 220}


def _random_image(seed, shape):
    return np.random.RandomState(seed).randint(0, 256, shape).astype(np.uint8)


def test_small_bicubic_resize_matches_mxnet_values():
    src = nd.array(_random_image(13, (8, 10, 1)), dtype="uint8")
    out = image.imresize(src, 9, 8, interp=2)
    assert out.dtype == np.uint8 and out.shape == (8, 9, 1)
    assert out.asnumpy()[:, :, 0].tolist() == SMALL_13


def test_bicubic_shrink_is_bit_exact_with_mxnet():
    src = nd.array(_random_image(0, (20, 18, 3)), dtype="uint8")
    out = image.imresize(src, 18, 18, interp=2).asnumpy()
    for pos, value in SHRINK_PIXELS.items():
        assert out[pos] == value, pos
    assert hashlib.sha256(out.tobytes()).hexdigest() == SHRINK_SHA256


def test_transforms_resize_uses_the_same_bicubic_kernel():
    src = nd.array(_random_image(0, (20, 18, 3)), dtype="uint8")
    out = transforms.Resize((18, 18), interpolation=2)(src).asnumpy()
    assert hashlib.sha256(out.tobytes()).hexdigest() == SHRINK_SHA256
