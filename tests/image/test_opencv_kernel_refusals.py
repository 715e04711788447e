"""The words and the moment of the refusals of the OpenCV image operators (imresize, copyMakeBorder): shape
inference refuses other than H x W x C images at the call; the kernel refuses float16, negative borders,
unknown border types and 32-bit integer kernels OpenCV lacks when the result is read."""
import numpy as np
import pytest

from distnet import image, nd
from distnet.base import MXNetError, message_of

_CV = "OpenCV(3.4.2) /work/mxnet/staticdeps/opencv-3.4.2/modules/"


def test_imresize_refuses_other_than_hwc_in_shape_inference():
    with pytest.raises(MXNetError) as e:
        image.imresize(nd.zeros((6, 8)), 4, 3, interp=2)
    assert message_of(e.value) == ("Operator _cvimresize inferring shapes failed.\ninput shapes:\n[6,8]\noutput shapes:\n"
                            "None\noperator attributes:\nh : 3\ninterp : 2\nw : 4\n\n")


def test_imresize_checks_its_size_before_the_input_shape():
    with pytest.raises(MXNetError, match="value 0 for Parameter w should be greater equal to 1"):
        image.imresize(nd.zeros((6, 8)), 0, 3)


def test_copy_make_border_refuses_other_than_hwc_with_its_attributes():
    with pytest.raises(MXNetError) as e:
        image.copyMakeBorder(nd.zeros((6, 8)), 1, 2, 3, 4, type=1)
    assert message_of(e.value).endswith("operator attributes:\ntype : 1\nbot : 2\nright : 4\nleft : 3\ntop : 1\n\n")


@pytest.mark.parametrize("dtype, borders, border_type, words", [
    ("float16", (1, 1, 1, 1), 0, "(2 vs. 2) : imresize doesn't support fp16"),
    ("float32", (-1, 1, 1, 1), 0, "copy.cpp:1176: error: (-215:Assertion failed) top >= 0 && bottom >= 0"),
    ("uint8", (1, 0, 0, 0), 9, "copy.cpp:940: error: (-5:Bad argument) Unknown/unsupported border type"),
])
def test_copy_make_border_kernel_refusals_come_on_reading(dtype, borders, border_type, words):
    out = image.copyMakeBorder(nd.zeros((2, 3, 3), dtype=dtype), *borders, type=border_type)
    assert out.shape == (2 + borders[0] + borders[1], 3 + borders[2] + borders[3], 3)
    with pytest.raises(MXNetError) as e:
        out.asnumpy()
    assert words in message_of(e.value)


def test_copy_make_border_without_borders_copies_whatever_the_type():
    src = np.arange(18, dtype=np.uint8).reshape(2, 3, 3)
    assert (image.copyMakeBorder(nd.array(src, dtype="uint8"), 0, 0, 0, 0, type=9).asnumpy() == src).all()


@pytest.mark.parametrize("shape, size, interp, line", [
    ((8, 8, 3), (4, 4), 3, "3862: error: (-215:Assertion failed) func != 0 in"),      # area, whole factors
    ((8, 8, 3), (4, 4), 1, "3862: error: (-215:Assertion failed) func != 0 in"),      # halving is area
    ((7, 9, 3), (4, 4), 3, "3881: error: (-215:Assertion failed) func != 0 && cn <= 4"),
    ((7, 9, 3), (16, 16), 3, "3922: error: (-215:Assertion failed) func != 0 in"),    # area enlarges bilinear
    ((7, 9, 3), (5, 5), 2, "3922: error: (-215:Assertion failed) func != 0 in"),
    ((7, 9, 3), (5, 5), 9, "3919: error: (-5:Bad argument) Unknown interpolation method"),
])
def test_int32_resize_refusals_name_the_opencv_check(shape, size, interp, line):
    out = image.imresize(nd.zeros(shape, dtype="int32"), *size, interp=interp)
    with pytest.raises(MXNetError) as e:
        out.asnumpy()
    assert message_of(e.value).startswith(_CV + "imgproc/src/resize.cpp:" + line)


def test_int32_resize_by_nearest_and_same_size_copy():
    src = np.arange(8 * 8 * 3, dtype=np.int32).reshape(8, 8, 3)
    assert (image.imresize(nd.array(src, dtype="int32"), 4, 4, interp=0).asnumpy() == src[::2, ::2]).all()
    assert (image.imresize(nd.array(src, dtype="int32"), 8, 8, interp=9).asnumpy() == src).all()


def test_copy_make_border_checks_the_padded_shape_at_the_call():
    src = nd.ones((3, 3, 3))
    with pytest.raises(MXNetError, match=r"Check failed: dim_size >= -1 \(-2 vs. -1\)"):
        image.copyMakeBorder(src, 0, -5, 0, 0)
    with pytest.raises(MXNetError, match=r"total\(\) == 0 \|\| data != __null in function 'Mat'$"):
        image.copyMakeBorder(src, 0, 0, -4, 0)
    assert image.copyMakeBorder(src, 0, -3, 0, 0).asnumpy().shape == (0, 3, 3)      # empty: no kernel runs


@pytest.mark.parametrize("dtype", ["uint8", "float32"])
def test_fractional_area_resize_of_five_channels_is_opencvs_channel_check(dtype):
    src = nd.array(np.arange(7 * 9 * 5).reshape(7, 9, 5) % 200, dtype=dtype)
    with pytest.raises(MXNetError) as e:
        image.imresize(src, 4, 4, interp=3).asnumpy()
    assert message_of(e.value) == _CV + "imgproc/src/resize.cpp:3881: error: (-215:Assertion failed) func != 0 && cn <= 4 " \
                                 "in function 'resize'"
    halved = image.imresize(src[:6, :8], 4, 3, interp=3).asnumpy()      # whole factors take any channel count
    assert halved[0, 0].tolist() == src[:2, :2].asnumpy().astype(np.float64).mean(axis=(0, 1)).tolist()
