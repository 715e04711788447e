"""Configuration mistakes in mx.image raise AssertionError (MXNet checks them with ``assert``), and a bad
range for the detection crop/pad augmenters raises MXNet 1.9.1's TypeError from warnings.warn."""
import pathlib

import pytest

from distnet import image

REC = str(pathlib.Path(__file__).parent / "data" / "det.rec")
IDX = REC[:-3] + "idx"

ASSERTED = {
    "augmenter std of 3 in a list": lambda: image.CreateAugmenter((3, 8, 8), std=[1, 2, 3]),
    "augmenter mean of 4": lambda: image.CreateAugmenter((3, 8, 8), mean=image.nd.array([1, 2, 3, 4])),
    "rand_resize without rand_crop": lambda: image.CreateAugmenter((3, 8, 8), rand_resize=True),
    "uint8 labels": lambda: image.ImageIter(2, (3, 8, 8), path_imgrec=REC, dtype="uint8"),
    "no source": lambda: image.ImageIter(2, (3, 8, 8)),
    "shuffle without index": lambda: image.ImageIter(2, (3, 8, 8), path_imgrec=REC, shuffle=True),
    "parts without index": lambda: image.ImageIter(2, (3, 8, 8), path_imgrec=REC, num_parts=2),
    "part index too big": lambda: image.ImageIter(2, (3, 8, 8), path_imgrec=REC, path_imgidx=IDX, num_parts=2,
                                                  part_index=2),
    "pad value text": lambda: image.DetRandomPadAug(pad_val="x"),
    "crop lists of 2 and 3": lambda: image.CreateMultiRandCropAugmenter([0.1, 0.2], [(1, 2), (1, 2), (1, 3)]),
    "det mean list": lambda: image.CreateDetAugmenter((3, 8, 8), mean=[1, 2, 3]),
    "crop with an unknown keyword": lambda: image.random_size_crop(image.nd.zeros((8, 8, 3)), (4, 4), 0.5, (1, 1), foo=1),
    "crop augmenter with an unknown keyword": lambda: image.RandomSizedCropAug((4, 4), 0.5, (1, 1), foo=1),
    "sync with a plain iterator": lambda: image.ImageDetIter(2, (3, 8, 8), path_imgrec=REC).sync_label_shape(
        image.ImageIter(2, (3, 8, 8), path_imgrec=REC)),
}


@pytest.mark.parametrize("case", sorted(ASSERTED))
def test_mistake_is_an_assertion(case):
    with pytest.raises(AssertionError):
        ASSERTED[case]()


def test_invalid_pad_area_from_create_det_augmenter_is_mxnets_type_error():
    with pytest.raises(TypeError, match="category must be a Warning subclass, not 'tuple'"):
        image.CreateDetAugmenter((3, 8, 8), rand_pad=1, area_range=(0.1, 1.0))


def test_draw_next_without_cv2_is_mxnets_generator_that_fails_on_first_next():
    try:
        import cv2  # noqa: F401
        pytest.skip("cv2 is installed")
    except ImportError:
        pass
    drawer = image.ImageDetIter(2, (3, 8, 8), path_imgrec=REC).draw_next()
    with pytest.raises(TypeError, match="category must be a Warning subclass, not 'str'"):
        next(drawer)
