"""ImageRecordIter's checks of data_shape, label_width and undecodable records, in MXNet's words: the shape's
rank at construction, the rest per record (after decoding, in the core's order)."""
import pathlib
import re

import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

DATA = pathlib.Path(__file__).parent / "data"


def _rec(folder, name, label, payload, count=2):
    path = str(folder / name)
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(count):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, label, i, 0), payload))
    writer.close()
    return path


@pytest.fixture(scope="module")
def recs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("recs")
    png = (DATA / "rgb8.png").read_bytes()
    return {"scalar": _rec(folder, "s.rec", 1.0, png), "pair": _rec(folder, "p.rec", [1.0, 2.0], png),
            "junk": _rec(folder, "j.rec", 1.0, b"junk")}


def _first(recs, kind, **kwargs):
    args = dict(path_imgrec=recs[kind], data_shape=(3, 4, 4), batch_size=1)
    return mx.io.ImageRecordIter(**dict(args, **kwargs)).next()


@pytest.mark.parametrize("kind, kwargs, words", [
    ("scalar", dict(label_width=2), "Check failed: param_.label_width == 1 (2 vs. 1) : label_width must be 1 unless "
                                    "an imglist is provided or the rec file is packed with multi dimensional label"),
    ("pair", dict(), "Check failed: param_.label_width == rec.num_label (1 vs. 2) : rec file provide 2-dimensional "
                     "label but label_width is set to 1"),
    ("pair", dict(label_width=3), "Check failed: param_.label_width == rec.num_label (3 vs. 2) : rec file provide "
                                  "2-dimensional label but label_width is set to 3"),
    ("scalar", dict(data_shape=(3, 4)), "value [3,4]for Parameter data_shape has wrong dimensions, expected "
                                        "dimension=3"),
    ("scalar", dict(data_shape=(2, 4, 4)), "Invalid output shape [2,4,4]"),
    ("junk", dict(), "OpenCV(3.4.2) /work/mxnet/staticdeps/opencv-3.4.2/modules/imgproc/src/resize.cpp:4044: error: "
                     "(-215:Assertion failed) !ssize.empty() in function 'resize'"),
    ("junk", dict(data_shape=(4, 4, 4)), "Check failed: res.channels() == 4 (1 vs. 4) : Invalid image with index 0. "
                                         "Expected 4 channels, got 1"),
])
def test_refusals_carry_mxnets_words(recs, kind, kwargs, words):
    with pytest.raises(MXNetError) as e:
        _first(recs, kind, **kwargs)
    # a check failed in the reading thread is logged first with its time and source line
    assert re.sub(r"^\[\d\d:\d\d:\d\d\] \S+:\d+: ", "", message_of(e.value)).rstrip("\n") == words


def test_a_label_array_of_label_width_is_the_label(recs):
    assert _first(recs, "pair", label_width=2).label[0].asnumpy().tolist() == [[1.0, 2.0]]


def test_a_batch_needing_the_file_twice_is_refused_in_the_parsers_words(tmp_path):
    path = _rec(tmp_path, "five.rec", 1.0, (DATA / "rgb8.png").read_bytes(), count=5)
    it = mx.io.ImageRecordIter(path_imgrec=path, data_shape=(3, 4, 4), batch_size=9)
    assert it.next().pad == 4                   # once round: four records of the next pass complete the batch
    it.reset()                                  # the next epoch goes on after them: one left, then two passes
    with pytest.raises(MXNetError) as e:
        it.next()
    overflow = ("] ../src/io/iter_image_recordio_2.cc:330: Check failed: !overflow: number of input images must be "
                "bigger than the batch size\n\n")
    assert message_of(e.value).endswith(overflow)
    with pytest.raises(MXNetError) as e:
        mx.io.ImageRecordIter(path_imgrec=path, data_shape=(3, 4, 4), batch_size=11)
    assert message_of(e.value).endswith(overflow)


@pytest.fixture(scope="module")
def det_rec(tmp_path_factory):
    png = (DATA / "rgb8.png").read_bytes()
    path = str(tmp_path_factory.mktemp("det") / "d.rec")
    writer = mx.recordio.MXRecordIO(path, "w")
    for i, extra in enumerate([[], [1, 0.2, 0.2, 0.9, 0.9]]):      # labels of 7 and 12 numbers
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, [2, 5, 0, 0.1, 0.1, 0.5, 0.5] + extra, i, 0), png))
    writer.close()
    return path


@pytest.mark.parametrize("kwargs, words", [
    (dict(label_width=7), "Check failed: param_.label_width == rec.num_label (7 vs. 12) : rec file provide "
                          "12-dimensional label but label_width is set to 7"),
    (dict(label_width=12), "Check failed: param_.label_width == rec.num_label (12 vs. 7) : rec file provide "
                           "7-dimensional label but label_width is set to 12"),
    (dict(label_pad_width=3), "ImageDetRecordIOParser: label_pad_width: 3 smaller than estimated width: 12"),
    (dict(resize_mode="bogus"), "Invalid Input: 'bogus', valid values are: {'fit', 'force', 'shrink'}"),
])
def test_detection_record_refusals(det_rec, kwargs, words):
    with pytest.raises(MXNetError) as e:
        mx.io.ImageDetRecordIter(path_imgrec=det_rec, data_shape=(3, 4, 4), batch_size=2, **kwargs)
    assert message_of(e.value) == words


@pytest.mark.parametrize("label_width", [-1, 0])
def test_detection_label_width_unset_pads_to_the_longest(det_rec, label_width):
    it = mx.io.ImageDetRecordIter(path_imgrec=det_rec, data_shape=(3, 4, 4), batch_size=2, label_width=label_width)
    assert it.provide_label[0].shape == (2, 16)        # 4 header numbers and the longest label (12)
