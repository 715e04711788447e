"""mx.image's public functions and augmenters, with values measured from MXNet 1.9.1."""
import json
import pathlib
import random

import numpy as np
import pytest

import distnet as mx
from distnet import image, nd
from distnet.base import MXNetError, message_of

DATA = pathlib.Path(__file__).parent / "data"


@pytest.fixture
def img():
    return image.imread(str(DATA / "c420.jpg"))


def test_imread_and_imdecode_agree_and_honour_flag_to_rgb_out(img):
    buf = (DATA / "c420.jpg").read_bytes()
    assert img.shape == (37, 45, 3) and img.dtype == np.uint8
    assert img[18, 20].asnumpy().tolist() == [149, 106, 97]          # MXNet's pixel
    bgr = image.imdecode(buf, to_rgb=False)
    assert (bgr.asnumpy() == img.asnumpy()[:, :, ::-1]).all()
    assert image.imdecode(np.frombuffer(buf, np.uint8), flag=0).shape == (37, 45, 1)
    assert image.imdecode(nd.array(np.frombuffer(buf, np.uint8), dtype="uint8")).shape == (37, 45, 3)
    out = nd.zeros((37, 45, 3), dtype="uint8")
    assert image.imdecode(buf, out=out) is out and int(out.asnumpy().astype(np.int64).sum()) == 632717


def test_imdecode_input_errors():
    with pytest.raises(ValueError, match="buf must be of type bytes"):
        image.imdecode("not bytes")
    with pytest.raises(MXNetError, match="empty buffer"):
        image.imdecode(b"")
    with pytest.raises(MXNetError, match="flag"):
        image.imdecode((DATA / "c420.jpg").read_bytes(), flag=-1)
    with pytest.raises(MXNetError, match=r"Imread: Check failed: file.is_open\(\): '.*missing.jpg' couldn't open "
                                         "file: No such file or directory$"):
        image.imread(str(DATA / "missing.jpg"))


def test_imresize_matches_opencv_bilinear(img):
    out = image.imresize(img, 7, 5, interp=1)
    assert out.shape == (5, 7, 3) and out.dtype == np.uint8
    assert out.asnumpy()[:, :, 0].tolist() == [
        [4, 41, 109, 132, 148, 203, 237], [21, 57, 113, 132, 181, 199, 237], [9, 65, 155, 155, 169, 207, 234],
        [14, 41, 91, 132, 156, 205, 240], [20, 51, 82, 125, 168, 201, 233]]
    with pytest.raises(MXNetError, match="interpolation"):     # found by the operator's kernel: on reading
        image.imresize(img, 7, 5, interp=7).asnumpy()


@pytest.mark.parametrize("border, rows", [
    (2, [[15, 22, 22, 15, 20, 14, 14, 20], [15, 22, 22, 15, 20, 14, 14, 20], [15, 25, 25, 15, 16, 7, 7, 16],
         [8, 16, 16, 8, 10, 0, 0, 10], [8, 16, 16, 8, 10, 0, 0, 10]]),
    (4, [[16, 15, 25, 15, 16, 7, 16, 15], [20, 15, 22, 15, 20, 14, 20, 15], [16, 15, 25, 15, 16, 7, 16, 15],
         [10, 8, 16, 8, 10, 0, 10, 8], [16, 15, 25, 15, 16, 7, 16, 15]]),
    (3, [[10, 0, 16, 8, 10, 0, 16, 8], [20, 14, 22, 15, 20, 14, 22, 15], [16, 7, 25, 15, 16, 7, 25, 15],
         [10, 0, 16, 8, 10, 0, 16, 8], [20, 14, 22, 15, 20, 14, 22, 15]]),
])
def test_copy_make_border_types(img, border, rows):
    out = image.copyMakeBorder(img[:3, :4], 1, 1, 2, 2, type=border)
    assert out.asnumpy()[:, :, 0].tolist() == rows


def test_copy_make_border_constant_value_and_values(img):
    out = image.copyMakeBorder(img, 1, 2, 3, 4, type=0, value=7).asnumpy()
    assert out.shape == (40, 52, 3) and (out[0] == 7).all() and (out[1, 3:48] == img.asnumpy()[0]).all()
    out = image.copyMakeBorder(img, 1, 2, 3, 4, values=(1, 2, 3)).asnumpy()
    assert out[0, 0].tolist() == [1, 2, 3] and out[-1, -1].tolist() == [1, 2, 3]


def test_scale_down_and_interp_resolution():
    assert image.scale_down((640, 480), (720, 120)) == (640, 106)
    assert image.scale_down((100, 50), (60, 60)) == (50, 50)
    assert not hasattr(image, "_get_interp_method")       # MXNet keeps it in mx.image.image only
    get = image.image._get_interp_method
    assert [get(9, (10, 10, 20, 20)), get(9, (20, 20, 10, 10)), get(9, (10, 20, 20, 10)), get(9)] == [2, 3, 1, 2]
    random.seed(0)
    assert 0 <= get(10) <= 4
    with pytest.raises(ValueError, match="Unknown interp method 11"):
        get(11)


def test_crops(img):
    assert image.resize_short(img, 24).shape == (24, 29, 3)
    crop = image.fixed_crop(img, 3, 4, 20, 10)
    assert crop.shape == (10, 20, 3) and (crop.asnumpy() == img.asnumpy()[4:14, 3:23]).all()
    assert image.fixed_crop(img, 3, 4, 20, 10, size=(8, 8)).shape == (8, 8, 3)
    out, box = image.center_crop(img, (30, 20))
    assert box == (7, 8, 30, 20) and (out.asnumpy() == img.asnumpy()[8:28, 7:37]).all()
    random.seed(1)
    out, box = image.random_crop(img, (20, 20))
    x0, y0, w, h = box
    assert (w, h) == (20, 20) and (out.asnumpy() == img.asnumpy()[y0:y0 + 20, x0:x0 + 20]).all()
    out, (x0, y0, w, h) = image.random_size_crop(img, (16, 16), 0.3, (0.75, 1.33))
    assert out.shape == (16, 16, 3) and 0.3 * 37 * 45 * 0.9 <= w * h <= 37 * 45


def test_random_crop_follows_pythons_random_as_mxnet(img):
    random.seed(1)
    assert image.random_crop(img, (20, 20))[1] == (4, 2, 20, 20)          # MXNet's box for seed 1


def test_color_normalize_is_in_place(img):
    x = img.astype("float32")
    out = image.color_normalize(x, nd.array([120, 110, 100]), nd.array([50, 60, 70]))
    assert out is x
    want = (img.asnumpy().astype(np.float32) - [120, 110, 100]) / np.array([50, 60, 70], np.float32)
    assert np.allclose(out.asnumpy(), want, rtol=1e-6)


def test_augmenter_dumps_match_mxnet():
    assert image.ResizeAug(20).dumps() == '["resizeaug", {"size": 20, "interp": 2}]'
    assert image.CastAug().dumps() == '["castaug", {"type": "float32"}]'
    assert image.ColorNormalizeAug(nd.array([1, 2, 3]), nd.array([1, 2, 3])).dumps() == \
        '["colornormalizeaug", {"mean": [1.0, 2.0, 3.0], "std": [1.0, 2.0, 3.0]}]'
    assert image.ColorJitterAug(0.1, 0.1, 0.1).dumps() == ["colorjitteraug", [
        '["brightnessjitteraug", {"brightness": 0.1}]', '["contrastjitteraug", {"contrast": 0.1}]',
        '["saturationjitteraug", {"saturation": 0.1}]']]
    with pytest.raises(NotImplementedError):
        image.Augmenter()(nd.zeros((2, 2, 3)))


def test_create_augmenter_builds_mxnets_list():
    augs = image.CreateAugmenter((3, 20, 20), resize=24, rand_crop=True, rand_mirror=True, mean=True, std=True,
                                 brightness=0.1, hue=0.1, pca_noise=0.1, rand_gray=0.2)
    assert [type(a).__name__ for a in augs] == [
        "ResizeAug", "RandomCropAug", "HorizontalFlipAug", "CastAug", "ColorJitterAug", "HueJitterAug",
        "LightingAug", "RandomGrayAug", "ColorNormalizeAug"]
    assert json.loads(augs[-1].dumps())[1]["std"][0] == pytest.approx(58.395, rel=1e-6)
    assert [type(a).__name__ for a in image.CreateAugmenter((3, 8, 8), rand_crop=True, rand_resize=True)] == \
        ["RandomSizedCropAug", "CastAug"]
    with pytest.raises(AssertionError, match="^$"):     # MXNet asserts bare
        image.CreateAugmenter((3, 8, 8), rand_resize=True)


def test_colour_augmenters_follow_their_formulas(img):
    x = img.astype("float32")
    src = x.asnumpy()
    random.seed(5)
    alpha = 1.0 + random.uniform(-0.3, 0.3)
    random.seed(5)
    assert np.allclose(image.BrightnessJitterAug(0.3)(x.copy()).asnumpy(), src * alpha, rtol=1e-5)
    random.seed(5)
    gray = (src * [0.299, 0.587, 0.114]).sum(axis=2, keepdims=True)
    out = image.SaturationJitterAug(0.3)(x.copy()).asnumpy()
    assert np.allclose(out, src * alpha + gray * (1 - alpha), rtol=1e-4, atol=1e-3)
    random.seed(5)
    out = image.ContrastJitterAug(0.3)(x.copy()).asnumpy()
    assert np.allclose(out, src * alpha + (1 - alpha) * gray.mean(), rtol=1e-4, atol=1e-2)
    assert np.allclose(image.RandomGrayAug(1.0)(x).asnumpy(), (src * [0.21, 0.72, 0.07]).sum(2, keepdims=True)
                       * np.ones(3), rtol=1e-5, atol=1e-3)
    assert (image.HorizontalFlipAug(1.0)(img).asnumpy() == img.asnumpy()[:, ::-1]).all()
    assert (image.HorizontalFlipAug(0.0)(img).asnumpy() == img.asnumpy()).all()
    random.seed(0)
    aug = image.HueJitterAug(0.0)                                       # zero rotation: YIQ and back
    assert np.allclose(aug(x).asnumpy(), src @ (aug.ityiq @ aug.tyiq).T, rtol=1e-5, atol=1e-3)


def test_lighting_aug_uses_numpys_random(img):
    x = img.astype("float32")
    eigval, eigvec = np.array([55.46, 4.794, 1.148]), np.eye(3)
    np.random.seed(3)
    alpha = np.random.normal(0, 0.1, size=(3,))
    np.random.seed(3)
    out = image.LightingAug(0.1, eigval, eigvec)(x.copy()).asnumpy()
    assert np.allclose(out - x.asnumpy(), eigval * alpha, atol=1e-4)


def test_resize_and_crop_augmenters_shapes(img):
    random.seed(0)
    assert image.ResizeAug(30)(img).shape == (30, 36, 3)
    assert image.ForceResizeAug((25, 21))(img).shape == (21, 25, 3)
    assert image.RandomCropAug((20, 20))(img).shape == (20, 20, 3)
    assert image.RandomSizedCropAug((18, 18), 0.2, (0.8, 1.2))(img).shape == (18, 18, 3)
    assert image.CenterCropAug((22, 22))(img).shape == (22, 22, 3)
    assert image.CastAug("float16")(img).dtype == np.float16
    seq = image.SequentialAug([image.CenterCropAug((10, 10)), image.CastAug()])
    assert seq(img).shape == (10, 10, 3) and seq.dumps()[0] == "sequentialaug"
    assert image.RandomOrderAug([image.CastAug()])(img).dtype == np.float32


def test_mx_image_module_exposes_mxnets_names():
    names = ["Augmenter", "BrightnessJitterAug", "CastAug", "CenterCropAug", "ColorJitterAug", "ColorNormalizeAug",
             "ContrastJitterAug", "CreateAugmenter", "ForceResizeAug", "HorizontalFlipAug", "HueJitterAug",
             "ImageIter", "LightingAug", "RandomCropAug", "RandomGrayAug", "RandomOrderAug", "RandomSizedCropAug",
             "ResizeAug", "SaturationJitterAug", "SequentialAug", "center_crop", "color_normalize",
             "copyMakeBorder", "fixed_crop", "imdecode", "imread", "imresize", "random_crop", "random_size_crop",
             "resize_short", "scale_down"]
    assert not [n for n in names if not hasattr(mx.image, n)]


def test_imdecode_reads_raw_bytes_of_arrays():
    buf = np.frombuffer((DATA / "c420.jpg").read_bytes(), np.uint8)
    with pytest.raises(MXNetError, match="Invalid image file"):       # a float32 array's bytes are no image
        image.imdecode(buf.astype(np.float32))
    with pytest.raises(MXNetError, match=r"Check failed: inputs\[0\].dtype\(\) == mshadow: :kUint8 \(0 vs. 3\) : "
                                         "Input needs to be uint8 buffer$"):      # float32 is type 0, uint8 type 3
        image.imdecode(nd.array(buf))


def test_imresize_parameter_errors_list_the_attributes_as_an_ndarray_call_does():
    src = nd.ones((4, 4, 3), dtype="uint8")
    with pytest.raises(MXNetError, match=r'_cvimresize\(name="", h="2", interp="1", w="2.5"\)$'):
        image.imresize(src, 2.5, 2, interp=1)
    with pytest.raises(MXNetError, match=r'_cvimresize\(name="", h="2.5", interp="1", w="2"\)$'):
        image.center_crop(src, (2, 2.5), interp=1)


@pytest.mark.parametrize("w, h, message", [
    (0, 0, 'value 0 for Parameter h should be greater equal to 1\nh: Height of resized image., in operator '
           '_cvimresize(name="", h="0", w="0")'),
    (0, 3, 'value 0 for Parameter w should be greater equal to 1\nw: Width of resized image., in operator '
           '_cvimresize(name="", h="3", w="0")'),
])
def test_imresize_checks_height_then_width_in_the_operators_range_words(w, h, message):
    with pytest.raises(MXNetError) as e:
        image.imresize(nd.ones((4, 4, 3), dtype="uint8"), w, h)
    assert message_of(e.value) == message


def test_image_functions_show_plain_signatures():
    import inspect
    assert str(inspect.signature(mx.image.imdecode)) == "(buf, *args, **kwargs)"
    assert str(inspect.signature(mx.image.imread)) == "(filename, *args, **kwargs)"
    assert str(inspect.signature(mx.image.imresize)) == "(src, w, h, *args, **kwargs)"
    assert str(inspect.signature(mx.image.copyMakeBorder)) == (
        "(src=None, top=_Null, bot=_Null, left=_Null, right=_Null, type=_Null, value=_Null, values=_Null, out=None, "
        "name=None, **kwargs)")


def test_copy_make_border_takes_a_name_and_names_the_type_of_a_missing_margin():
    img = mx.nd.ones((2, 2, 3), dtype="uint8")
    assert mx.image.copyMakeBorder(img, 1, 1, 1, 1, name="pad").shape == (4, 4, 3)
    with pytest.raises(mx.base.MXNetError) as err:
        mx.image.copyMakeBorder(img, 1, 1, 1)
    assert message_of(err.value).startswith("Required parameter right of int is not presented, in operator _cvcopyMakeBorder")


def test_scale_down_is_its_own_function_named_as_mxnet_names_it():
    assert mx.image.scale_down((640, 480), (720, 120)) == (640, 106)
    with pytest.raises(TypeError) as err:
        mx.image.scale_down(1, 2, 3)
    assert message_of(err.value) == "scale_down() takes 2 positional arguments but 3 were given"


@pytest.mark.parametrize("fn, op", [
    (lambda x, out: mx.image.imresize(x, 2, 3, out=out), "_cvimresize"),
    (lambda x, out: mx.image.copyMakeBorder(x, 1, 0, 0, 0, out=out), "_cvcopyMakeBorder"),
])
def test_image_operator_out_is_checked_for_dtype_then_shape(fn, op):
    x = mx.nd.ones((2, 2, 3), dtype='uint8')
    with pytest.raises(MXNetError) as e:
        fn(x, mx.nd.zeros((4, 4), dtype='float32'))
    assert message_of(e.value) == ("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                            "expected uint8, got float32")
    with pytest.raises(MXNetError) as e:
        fn(x, mx.nd.zeros((4, 4, 3), dtype='uint8'))
    assert message_of(e.value) == ("Check failed: outputs[i]->shape() == out_shapes[i] ([4,4,3] vs. [3,2,3]) : 0-th output "
                            f"has invalid shape. Expecting [3,2,3] got [4,4,3] in operator {op}")
    out = mx.nd.zeros((3, 2, 3), dtype='uint8')
    assert fn(x, out) is out


@pytest.mark.parametrize("aug, argument", [
    (image.HueJitterAug(0.3), "lhs"), (image.RandomGrayAug(1), "lhs"), (image.HorizontalFlipAug(1), "data"),
])
def test_augmenters_refuse_a_numpy_image_as_their_operator_does(aug, argument):
    with pytest.raises(AssertionError, match=f"^Argument {argument} must have NDArray type, but got \\[\\["):
        aug(np.zeros((2, 2, 3), np.float32))


def test_augmenters_refuse_an_mx_np_image_in_numpy_mode():
    with mx.util.np_array(True):
        with pytest.raises(TypeError, match="Operator `flip` registered in backend is known as `flip` in Python. "
                                            "This is a legacy operator"):
            image.HorizontalFlipAug(1)(mx.np.zeros((2, 2, 3)))
