"""mx.image.detection and ImageDetRecordIter, with values measured from MXNet 1.9.1."""
import pathlib
import random

import numpy as np
import pytest

import distnet as mx
from distnet import image
from distnet.base import MXNetError

DATA = pathlib.Path(__file__).parent / "data"
REC = str(DATA / "det.rec")
LABEL = np.array([[0, 0.1, 0.1, 0.5, 0.6], [1, 0.2, 0.3, 0.9, 0.8], [2, 0.6, 0.05, 0.7, 0.2]])


@pytest.fixture
def img():
    return image.imread(str(DATA / "c444.jpg"))


def test_horizontal_flip_moves_boxes(img):
    out, label = image.DetHorizontalFlipAug(1.0)(img, LABEL.copy())
    assert (out.asnumpy() == img.asnumpy()[:, ::-1]).all()
    assert np.round(label, 4).tolist() == [[0.0, 0.5, 0.1, 0.9, 0.6], [1.0, 0.1, 0.3, 0.8, 0.8],
                                           [2.0, 0.3, 0.05, 0.4, 0.2]]


def test_random_crop_and_pad_follow_mxnets_random_draws(img):
    random.seed(1)
    flip = image.DetHorizontalFlipAug(1.0)
    for _ in range(3):
        flip(img, LABEL.copy())
    out, label = image.DetRandomCropAug(0.3, (0.5, 2.0), (0.1, 0.9))(img, LABEL.copy())
    assert out.shape == (17, 25, 3) and int(out.asnumpy().astype(np.int64).sum()) == 152535
    assert np.round(label, 4).tolist() == [[0.0, 0.0, 0.0412, 0.3, 1.0], [1.0, 0.0, 0.4765, 1.0, 1.0],
                                           [2.0, 0.48, 0.0, 0.66, 0.2588]]
    crop = image.DetRandomCropAug(0.3, (0.5, 2.0), (0.1, 0.9))
    crop(img, LABEL.copy())
    crop(img, LABEL.copy())
    out, label = image.DetRandomPadAug((0.8, 1.25), (1.5, 3.0), pad_val=(10, 20, 30))(img, LABEL.copy())
    assert out.shape == (67, 60, 3) and int(out.asnumpy().astype(np.int64).sum()) == 773232
    assert out.asnumpy()[0, 0].tolist() == [10, 20, 30]
    assert np.round(label, 4).tolist()[0] == [0.0, 0.325, 0.503, 0.625, 0.7791]


def test_invalid_ranges_fail_as_in_mxnet():
    """MXNet 1.9.1 passes the bad range to warnings.warn as the category: a TypeError, not a warning."""
    with pytest.raises(TypeError, match="category must be a Warning subclass, not 'tuple'"):
        image.DetRandomCropAug(area_range=(0.9, 0.1))
    with pytest.raises(TypeError, match="not 'tuple'"):
        image.DetRandomCropAug(aspect_ratio_range=(2, 1))
    with pytest.raises(TypeError, match="not 'list'"):
        image.DetRandomPadAug(area_range=[1.0, 1.0])
    with pytest.raises(AssertionError):
        image.DetRandomPadAug(area_range="wide")


def test_borrow_select_and_dumps(img):
    aug = image.DetBorrowAug(image.ForceResizeAug((30, 20)))
    out, label = aug(img, LABEL)
    assert out.shape == (20, 30, 3) and label is LABEL
    assert aug.dumps() == ["detborrowaug", '["forceresizeaug", {"size": [30, 20], "interp": 2}]']
    with pytest.raises(TypeError, match="Borrowing from invalid Augmenter"):
        image.DetBorrowAug(image.DetHorizontalFlipAug(0.5))
    with pytest.raises(ValueError, match="DetAugmenter in list only"):
        image.DetRandomSelectAug([image.CastAug()])
    skip = image.DetRandomSelectAug([image.DetHorizontalFlipAug(1.0)], skip_prob=1.0)
    assert skip(img, LABEL)[0] is img
    multi = image.CreateMultiRandCropAugmenter([0.1, 0.5], [(0.5, 1.5), (0.8, 1.2)], (0.2, 1.0))
    assert len(multi.aug_list) == 2 and {a.min_object_covered for a in multi.aug_list} == {0.1, 0.5}


def test_create_det_augmenter_list():
    augs = image.CreateDetAugmenter((3, 30, 30), resize=40, rand_crop=0.5, rand_pad=0.5, rand_gray=0.1,
                                    rand_mirror=True, mean=True, std=True, contrast=0.1, hue=0.1, pca_noise=0.1)
    assert [type(a).__name__ for a in augs] == [
        "DetBorrowAug", "DetRandomSelectAug", "DetHorizontalFlipAug", "DetRandomSelectAug"] + ["DetBorrowAug"] * 7
    assert [type(a.augmenter).__name__ for a in augs[4:]] == [
        "ForceResizeAug", "CastAug", "ColorJitterAug", "HueJitterAug", "LightingAug", "RandomGrayAug",
        "ColorNormalizeAug"]
    with pytest.raises(AssertionError, match="^$"):     # MXNet asserts bare
        image.CreateDetAugmenter((3, 8, 8), mean=[1, 2, 3])


def test_image_det_iter_pads_labels_with_minus_one():
    it = image.ImageDetIter(2, (3, 20, 20), path_imgrec=REC)
    assert it.provide_label == [("label", (2, 3, 5))] and it.label_shape == (3, 5)
    batch = it.next()
    label = batch.label[0].asnumpy().astype(np.float64)
    assert float(batch.data[0].asnumpy().sum()) == 302752.0
    assert np.round(label[0], 4).tolist() == [[0.0, 0.1, 0.1, 0.5, 0.6], [-1.0] * 5, [-1.0] * 5]
    assert np.round(label[1], 4).tolist()[1] == [0.0, 0.05, 0.05, 0.3, 0.4]


def test_image_det_iter_reshape_and_sync():
    it = image.ImageDetIter(3, (3, 24, 24), path_imgrec=REC)
    it.reshape(label_shape=(5, 5))
    assert it.provide_label == [("label", (3, 5, 5))] and it.next().label[0].shape == (3, 5, 5)
    with pytest.raises(ValueError, match="reduce label count from 5 to 2"):
        it.reshape(label_shape=(2, 5))
    with pytest.raises(ValueError, match="object width inconsistent: 5 vs 6"):
        it.reshape(label_shape=(5, 6))
    other = image.ImageDetIter(1, (3, 8, 8), path_imgrec=REC)
    assert it.sync_label_shape(other) is other and other.label_shape == (5, 5)


def test_image_det_iter_rejects_malformed_labels():
    it = image.ImageDetIter(1, (3, 8, 8), path_imgrec=REC)
    with pytest.raises(RuntimeError, match="Label shape is invalid"):
        it._parse_label(np.array([2, 5, 0, 0.1, 0.1]))
    with pytest.raises(RuntimeError, match="inconsistent with annotation width 5"):
        it._parse_label(np.array([2, 5, 0, 0.1, 0.1, 0.5, 0.5, 1]))
    with pytest.raises(RuntimeError, match="no valid label"):
        it._parse_label(np.array([2, 5, 0, 0.5, 0.5, 0.1, 0.1]))


def test_image_det_record_iter_label_rows():
    it = mx.io.ImageDetRecordIter(path_imgrec=REC, data_shape=(3, 16, 20), batch_size=3)
    assert it.provide_label[0].shape == (3, 21)
    label = it.next().label[0].asnumpy()
    assert label[0, :11].tolist() == [3.0, 16.0, 20.0, 7.0, 2.0, 5.0, 0.0, np.float32(0.1), np.float32(0.1), 0.5,
                                      np.float32(0.6)]
    assert (label[0, 11:] == -1).all() and label[2, 3] == 17.0
    it = mx.io.ImageDetRecordIter(path_imgrec=REC, data_shape=(3, 16, 16), batch_size=3, label_pad_width=20,
                                  label_pad_value=-2.0, mean_r=100.0)
    batch = it.next()
    assert it.provide_label[0].shape == (3, 24) and batch.label[0].asnumpy()[0, -1] == -2.0
    assert float(batch.data[0].asnumpy().sum()) == 214617.0
    with pytest.raises(MXNetError):
        mx.io.ImageDetRecordIter(path_imgrec=REC, data_shape=(3, 16, 16), batch_size=3, min_crop_scales=0.8,
                                 max_crop_scales=0.5)


def test_det_iter_over_scalar_record_labels_fails_as_mxnet(tmp_path):
    rec = str(tmp_path / "scalar.rec")
    writer = mx.recordio.MXRecordIO(rec, "w")
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, 3.0, 0, 0), (DATA / "rgb8.png").read_bytes()))
    writer.close()
    with pytest.raises(AttributeError, match="ravel"):      # MXNet: 'float' object has no attribute 'ravel'
        image.ImageDetIter(batch_size=1, data_shape=(3, 8, 8), path_imgrec=rec)
