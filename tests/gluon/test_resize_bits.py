"""Image resizing is bit-exact with MXNet 1.9.1 (OpenCV): bicubic with its SSE2 float vertical pass, Lanczos,
area, bilinear and nearest, uint8, int8, int32 and float images."""
import hashlib

import numpy as np
import pytest

from distnet import image, nd
from distnet.base import MXNetError
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


# mx.image.imresize(RandomState(4).randint(0, 256, (6, 7, 1)) as float32, 5, 9, interp=4), from MXNet 1.9.1:
# float Lanczos weights carry OpenCV's float x + 3 - i and its in-order float normalising sum.
LANCZOS_FLOAT = [
    [125.19618225097656, 188.37890625, 206.96441650390625, 100.49633026123047, 93.89543914794922],
    [157.06292724609375, 136.8585205078125, 136.37838745117188, 173.0087127685547, 73.81794738769531],
    [162.8258056640625, 112.14579772949219, 37.8941650390625, 227.72677612304688, 117.77655792236328],
    [99.30402374267578, 144.87806701660156, 35.89359664916992, 167.3427734375, 187.81715393066406],
    [30.92281150817871, 120.43353271484375, 151.89645385742188, 67.6805419921875, 80.42644500732422],
    [59.185096740722656, 54.729244232177734, 246.8195037841797, 89.04692077636719, 50.403541564941406],
    [142.13035583496094, 58.20677947998047, 219.96026611328125, 189.09376525878906, 217.93064880371094],
    [128.4236602783203, 140.3821563720703, 146.7217254638672, 151.31646728515625, 187.7447052001953],
    [69.14147186279297, 206.68524169921875, 112.82659912109375, 55.15701675415039, 47.822601318359375]]


def test_float_lanczos_resize_matches_mxnet_bits():
    src = nd.array(np.random.RandomState(4).randint(0, 256, (6, 7, 1)).astype(np.float32))
    out = image.imresize(src, 5, 9, interp=4)
    assert out.dtype == np.float32 and out.shape == (9, 5, 1)
    assert out.asnumpy()[:, :, 0].tolist() == LANCZOS_FLOAT


# ---- other modes, values from MXNet 1.9.1 -------------------------------------------------------------
def test_whole_factor_area_rounds_half_to_even_except_two_by_two():
    # 4 x 1 blocks: (1 + 1) / 4 = 0.5 -> 0, 2.5 -> 2, 1.5 -> 2, 3.5 -> 4
    src = np.array([[1, 5, 3, 7], [1, 5, 3, 6], [0, 0, 0, 1], [0, 0, 0, 0]], dtype=np.uint8)[:, :, None]
    assert image.imresize(nd.array(src, dtype="uint8"), 4, 1, interp=3).asnumpy().ravel().tolist() == [0, 2, 2, 4]
    # 2 x 2 blocks take (sum + 2) >> 2: 2 / 4 -> 1
    src = np.array([[1, 1], [0, 0]], dtype=np.uint8)[:, :, None]
    assert image.imresize(nd.array(src, dtype="uint8"), 1, 1, interp=3).asnumpy().ravel().tolist() == [1]


LIN64_SRC = [[1.3324051925174774, 1.7812466155949835, 4.959295498261557, 8.636996445582236],
             [7.589438355121143, 9.704851253491576, 7.593025527855528, 3.8425003209012942],
             [4.087183294437326, 7.133604278844787, 2.7066977267313375, 8.54102871991344]]
LIN64_OUT = [[1.4072120787387632, 3.3702710569282703, 8.024045995418044],
             [4.021130155704715, 5.481738122331596, 6.601463076571344],
             [7.94200706893214, 8.648938390673552, 4.46758815345863],
             [5.933754795412002, 6.411665869041039, 6.328219189745557],
             [4.594920079399863, 4.920151002788062, 7.568639757378788]]


def test_float64_bilinear_is_double_with_float_weights_and_clamped_edge_rows():
    out = image.imresize(nd.array(np.array(LIN64_SRC)[:, :, None], dtype="float64"), 3, 5, interp=1)
    assert out.dtype == np.float64 and out.asnumpy()[:, :, 0].tolist() == LIN64_OUT


# first column of mx.image.imresize(RandomState(21) draws, see below, 55, 70, interp=0): OpenCV's
# nearest index uses 1 / (out / in) as the scale, not in / out
NEAREST_COLUMN = [35, 35, 35, 207, 207, 207, 1, 1, 1, 3, 3, 3, 3, 3, 54, 54, 54, 109, 109, 32, 32, 32, 3, 3, 3, 44,
                  44, 132, 132, 132, 228, 228, 228, 86, 86, 86, 128, 128, 64, 64, 64, 108, 108, 108, 186, 186, 244,
                  244, 244, 33, 33, 33, 33, 33, 50, 50, 50, 163, 163, 163, 2, 2, 88, 88, 88, 109, 109, 109, 204, 204]


def test_nearest_rows_follow_opencv_scale():
    rs = np.random.RandomState(21)
    rs.randint(0, 256, (8, 3, 1))
    rs.rand(3, 4, 1)
    src = nd.array(rs.randint(0, 256, (26, 38, 1)), dtype="uint8")
    assert image.imresize(src, 55, 70, interp=0).asnumpy()[:, 0, 0].tolist() == NEAREST_COLUMN


INT8_BILINEAR = [103, -116, -78]


def test_int8_is_resized_as_its_bytes_and_int32_only_by_nearest():
    # MXNet 1.9.1: int8 pixels go through OpenCV as uint8 bytes (values from MXNet)
    src = nd.array(np.array([[-100, 100], [50, -1]], dtype=np.int8)[:, :, None], dtype="int8")
    out = image.imresize(src, 3, 1, interp=1)
    assert out.dtype == np.int8
    assert out.asnumpy().ravel().tolist() == INT8_BILINEAR
    wide = nd.array(np.arange(6, dtype=np.int32).reshape(2, 3, 1), dtype="int32")
    assert image.imresize(wide, 2, 1, interp=0).asnumpy().ravel().tolist() == [0, 1]
    resized = image.imresize(wide, 2, 1, interp=1)      # OpenCV refuses it in the kernel: the error comes on reading
    assert resized.shape == (1, 2, 1)
    with pytest.raises(MXNetError, match=r"\(-215:Assertion failed\) func != 0 in function .resize."):
        resized.asnumpy()


def test_bilinear_halving_is_an_area_resize():
    # MXNet (OpenCV) halves by area: 2 channels take the generic half-to-even rounding, 26 / 4 -> 6
    src = np.array([[[5, 0], [3, 11], [3, 7], [9, 3]], [[5, 2], [4, 7], [6, 8], [8, 10]]], dtype=np.uint8)
    out = image.imresize(nd.array(src, dtype="uint8"), 2, 1, interp=1)
    assert out.asnumpy().tolist() == [[[4, 5], [6, 7]]]
