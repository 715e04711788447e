"""nd.image operators and the vision transforms built on them refuse bad images with MXNet's check words."""
import pytest

from distnet import nd
from distnet.base import MXNetError, message_of
from distnet.gluon.data.vision import transforms as T

HWC = "Input image must have shape (height, width, channels), but got"
CHANNELS = "must be the channel dimension with either 1 or 3 elements, but got input with shape"


@pytest.mark.parametrize("op", [nd.image.flip_left_right, nd.image.random_flip_top_bottom,
                                lambda x: nd.image.random_brightness(x, 0.5, 1.5), T.RandomFlipLeftRight()])
def test_single_image_ops_name_the_rank_and_channels_in_mxnet_words(op):
    with pytest.raises(MXNetError) as e:
        op(nd.ones((2, 4, 5, 3)))
    assert message_of(e.value) == f"Check failed: dshape.ndim() == 3 (4 vs. 3) : {HWC} [2,4,5,3]"
    with pytest.raises(MXNetError) as e:
        op(nd.ones((4, 5, 2)))
    assert message_of(e.value) == ("Check failed: nchannels == 3 || nchannels == 1: The last dimension of input image "
                            f"{CHANNELS} [4,5,2]")


def test_to_tensor_and_normalize_name_the_rank_they_take():
    with pytest.raises(MXNetError, match=r"Check failed: \(shp.ndim\(\) == 3\) \|\| \(shp.ndim\(\) == 4\): "
                                         r"Input image must have shape \(height, width, channels\), or \(N, height, "
                                         r"width, channels\) but got \[4,5\]$"):
        T.ToTensor()(nd.ones((4, 5)))
    with pytest.raises(MXNetError, match=r"Check failed: \(dshape.ndim\(\) == 3\) \|\| \(dshape.ndim\(\) == 4\): "
                                         r"Input tensor must have shape \(channels, height, width\), or \(N, channels, "
                                         r"height, width\), but got \[3\]$"):
        nd.image.normalize(nd.ones((3,)), mean=0.5, std=0.5)
    with pytest.raises(MXNetError, match=r"Check failed: param.std.ndim\(\) == 1 \|\| param.std.ndim\(\) == "
                                         r"nchannels: Invalid std for input with shape \[3,2,2\]"):
        T.Normalize(0, (1, 2))(nd.ones((3, 2, 2)))


def test_resize_checks_the_image_rank_before_the_size_and_names_width_and_height():
    with pytest.raises(MXNetError, match=r"Input image dimension should be 3 or 4 but got 2$"):
        T.Resize((1, 2, 3))(nd.ones((4, 5)))
    with pytest.raises(MXNetError, match=r"Check failed: \(param.size.ndim\(\) == 1\) \|\| \(param.size.ndim\(\) == "
                                         r"2\): Input size dimension must be 1 or 2, but got 3$"):
        T.Resize((1, 2, 3))(nd.ones((4, 5, 3)))
    with pytest.raises(MXNetError, match=r"Check failed: param.size\[1\] > 0 \(0 vs. 0\) : Input height should be "
                                         r"greater than 0, but got 0$"):
        nd.image.resize(nd.ones((4, 5, 3)), size=(3, 0))
    with pytest.raises(MXNetError, match=r"Check failed: param.size\[0\] > 0 \(-1 vs. 0\) : Input size should be "
                                         r"greater than 0, but got -1$"):
        nd.image.resize(nd.ones((4, 5, 3)), size=-1)


def test_resize_of_half_floats_is_refused_in_the_fp16_check_words():
    with pytest.raises(MXNetError, match="opencv image mat doesn't support fp16$"):
        T.Resize(3)(nd.ones((4, 5, 3), dtype="float16")).asnumpy()


def test_crop_checks_rank_channels_size_then_window_in_mxnet_order():
    with pytest.raises(MXNetError, match=r"Image Crop expects inputs of 3D \(h, w, c\) or 4D \(n, h, w, c\). "
                                         r"But got 2$"):
        nd.image.crop(nd.ones((4, 5)), 0, 0, 2, 2)
    with pytest.raises(MXNetError, match=r"\(in_attrs->at\(0\)\[3\] == 3\): Expect channel of the input image is 1 "
                                         r"or 3, but got4$"):
        nd.image.crop(nd.ones((2, 4, 5, 4)), 0, 0, 2, 2)
    with pytest.raises(MXNetError, match=r"Input height and width must be greater than 0$"):
        nd.image.crop(nd.ones((4, 5, 3)), 0, 0, 0, 2)
    with pytest.raises(MXNetError, match=r"x \+ width should not be greater than input width$"):
        nd.image.crop(nd.ones((4, 5, 3)), 0, 0, 6, 5)       # both sides too large: the width is checked first
    with pytest.raises(MXNetError, match=r"y \+ height should not be greater than input height$"):
        nd.image.crop(nd.ones((4, 5, 3)), 0, 1, 5, 4)


def test_resize_without_a_size_reads_a_tuple_of_unknown_length():
    with pytest.raises(MXNetError, match=r"Input size dimension must be 1 or 2, but got -1$"):
        T.Resize(None)(nd.ones((4, 5, 3)))
    with pytest.raises(MXNetError, match=r"Input size dimension must be 1 or 2, but got 0$"):
        nd.image.resize(nd.ones((4, 5, 3)), size=())
