"""ImageIter, the ImageRecordIter family, recordio image packing and the decoding datasets,
with batch sums measured from MXNet 1.9.1 on the fixtures in data/."""
import pathlib
import random
import re

import numpy as np
import pytest

import distnet as mx
from distnet import image, recordio
from distnet.base import MXNetError
from distnet.gluon.data.vision import ImageFolderDataset, ImageRecordDataset

DATA = pathlib.Path(__file__).parent / "data"
REC, IDX, LST = (str(DATA / ("small." + ext)) for ext in ("rec", "idx", "lst"))


def batches(it):
    return [(float(b.data[0].asnumpy().astype(np.float64).sum()), b.label[0].asnumpy().tolist(), b.pad)
            for b in it]


def test_image_iter_over_a_record_file_pads_the_last_batch_from_the_start():
    it = image.ImageIter(3, (3, 16, 16), path_imgrec=REC)
    assert it.provide_data == [("data", (3, 3, 16, 16))] and it.provide_label == [("softmax_label", (3,))]
    want = [(275460.0, [0.0, 1.0, 2.0], 0), (277776.0, [0.0, 1.0, 2.0], 0), (280930.0, [0.0, 0.0, 1.0], 2)]
    assert batches(it) == want
    it.reset()
    assert batches(it) == want


def test_image_iter_shuffles_with_pythons_random_and_discards():
    random.seed(3)
    it = image.ImageIter(2, (3, 16, 16), path_imgrec=REC, path_imgidx=IDX, shuffle=True, last_batch_handle="discard")
    assert batches(it) == [(183614.0, [0.0, 2.0], 0), (188466.0, [0.0, 0.0], 0), (186600.0, [2.0, 1.0], 0)]


def test_image_iter_roll_over_carries_the_short_batch():
    it = image.ImageIter(3, (3, 12, 12), path_imgrec=REC, path_imgidx=IDX, last_batch_handle="roll_over")
    got = []
    for _ in range(3):
        got += [(labels, pad) for _, labels, pad in batches(it)]
        it.reset()
    assert got == [([0.0, 1.0, 2.0], 0), ([0.0, 1.0, 2.0], 0), ([0.0, 0.0, 1.0], 2), ([2.0, 0.0, 1.0], 0),
                   ([2.0, 0.0, 0.0], 1), ([1.0, 2.0, 0.0], 0), ([1.0, 2.0, 0.0], 0)]


def test_image_iter_from_lst_and_imglist():
    it = image.ImageIter(4, (3, 20, 20), path_imglist=LST, path_root=str(DATA), resize=24, mean=True, std=True)
    got = batches(it)
    assert [round(s, 1) for s, _, _ in got] == [800.9, 847.0] and got[1][2] == 1
    lst = [[1.0, 2.0, "c444.jpg"], [3.0, 4.0, "gray.jpg"], [5.0, 6.0, "rgb8.png"]]
    it = image.ImageIter(2, (3, 10, 10), label_width=2, imglist=lst, path_root=str(DATA))
    assert it.provide_label == [("softmax_label", (2, 2))]
    assert batches(it) == [(69677.0, [[1.0, 2.0], [3.0, 4.0]], 0), (71382.0, [[5.0, 6.0], [1.0, 2.0]], 1)]
    augs = [image.ForceResizeAug((12, 10)), image.HorizontalFlipAug(1.0), image.CastAug()]
    it = image.ImageIter(2, (3, 10, 12), imglist=[[7, "c420.jpg"], [8, "prog.jpg"]], path_root=str(DATA),
                         aug_list=augs)
    assert batches(it) == [(91165.0, [7.0, 8.0], 0)]


def test_image_iter_has_imgidx_only_over_a_record_file():
    assert not hasattr(image.ImageIter(2, (3, 8, 8), path_imglist=LST, path_root=str(DATA)), "imgidx")
    assert image.ImageIter(2, (3, 8, 8), path_imgrec=REC).imgidx is None
    assert image.ImageIter(2, (3, 8, 8), path_imgrec=REC, path_imgidx=IDX).imgidx == [0, 1, 2, 3, 4, 5, 6]


def test_image_iter_logs_its_threads_and_each_source_by_class_name(caplog, monkeypatch):
    monkeypatch.delenv("MXNET_CPU_WORKER_NTHREADS", raising=False)

    class Mine(image.ImageIter):
        pass

    advice = "Set enviroment variable MXNET_CPU_WORKER_NTHREADS to a larger number to use more threads."
    cases = [(lambda: image.ImageIter(2, (3, 8, 8), path_imgrec=REC), ["ImageIter: loading recordio %s..." % REC]),
             (lambda: Mine(2, (3, 8, 8), path_imgrec=REC, path_imglist=LST, path_root=str(DATA)),
              ["Mine: loading recordio %s..." % REC, "Mine: loading image list %s..." % LST]),
             (lambda: image.ImageIter(2, (3, 8, 8), imglist=[[7, "c420.jpg"]], path_root=str(DATA)),
              ["ImageIter: loading image list..."])]
    for make, sources in cases:
        caplog.clear()
        with caplog.at_level("INFO"):
            make()
        assert [r.getMessage() for r in caplog.records] == ["Using 1 threads for decoding...", advice] + sources


def test_image_iter_parts_and_shape_errors():
    it = image.ImageIter(2, (3, 8, 8), path_imgrec=REC, path_imgidx=IDX, num_parts=2, part_index=1)
    assert batches(it) == [(43903.0, [0.0, 1.0], 0), (43454.0, [2.0, 0.0], 1)]
    with pytest.raises(ValueError, match="3 channels"):
        image.ImageIter(2, (1, 8, 8), path_imgrec=REC)
    with pytest.raises(ValueError, match="CxHxW"):
        image.ImageIter(2, (8, 8), path_imgrec=REC)
    with pytest.raises(AssertionError, match="^$"):     # MXNet asserts bare
        image.ImageIter(2, (3, 8, 8))


def test_image_iter_names_a_broken_image():
    it = image.ImageIter(1, (3, 8, 8), imglist=[[0, "small.lst"]], path_root=str(DATA))
    with pytest.raises(RuntimeError, match="Broken image filename: small.lst"):
        it.next()


def test_image_record_iter_center_crop_round_batch():
    it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 32, 32), batch_size=3)
    assert it.provide_data[0].shape == (3, 3, 32, 32) and it.provide_label[0].shape == (3,)
    assert batches(it) == [(1137664.0, [0.0, 1.0, 2.0], 0), (1136620.0, [0.0, 1.0, 2.0], 0),
                           (1144352.0, [0.0, 0.0, 1.0], 2)]
    it.reset()                          # the next epoch starts after the samples that filled the last batch
    assert batches(it) == [(1135015.0, [2.0, 0.0, 1.0], 0), (1145854.0, [2.0, 0.0, 0.0], 1)]


def test_image_record_iter_normalisation_resize_mirror_gray():
    it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 20, 24), batch_size=4, mean_r=123.68, mean_g=116.28,
                               mean_b=103.53, std_r=58.4, std_g=57.12, std_b=57.4, scale=0.5)
    first = it.next().data[0].asnumpy()
    assert np.allclose(first.reshape(-1)[:3], [-0.6565, -0.588, -0.6308], atol=5e-5)
    assert round(float(first.astype(np.float64).sum()), 2) == 364.05
    it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 14, 30), batch_size=7, resize=20, mirror=True)
    assert batches(it)[0][0] == 1090504.0
    it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(1, 16, 16), batch_size=4)
    assert [b[0] for b in batches(it)] == [121423.0, 123879.0]


def test_image_record_iter_labels_and_types():
    it = mx.io.ImageRecordIter(path_imgrec=str(DATA / "multi.rec"), data_shape=(3, 16, 16), batch_size=2,
                               label_width=2)
    assert [b[1] for b in batches(it)] == [[[0.0, 10.0], [1.0, 11.0]], [[2.0, 12.0], [3.0, 13.0]],
                                           [[4.0, 14.0], [0.0, 10.0]]]
    with pytest.raises(MXNetError, match="label_width"):
        mx.io.ImageRecordIter(path_imgrec=str(DATA / "multi.rec"), data_shape=(3, 16, 16), batch_size=2)
    it = mx.io.ImageRecordUInt8Iter(path_imgrec=REC, data_shape=(3, 16, 16), batch_size=4)
    assert it.provide_data[0].dtype == np.uint8 and [b[0] for b in batches(it)] == [366636.0, 375655.0]
    it = mx.io.ImageRecordInt8Iter(path_imgrec=REC, data_shape=(3, 16, 16), batch_size=4, pad=2, fill_value=0)
    assert it.provide_data[0].dtype == np.int8 and [b[0] for b in batches(it)] == [315896.0, 294087.0]
    it = mx.io.ImageRecordIter(path_imgrec=REC, path_imglist=LST, data_shape=(3, 16, 16), batch_size=4)
    assert [b[1] for b in batches(it)] == [[0.0, 1.0, 2.0, 0.0], [1.0, 2.0, 0.0, 0.0]]


def test_image_record_iter_random_settings_and_errors():
    it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 16, 16), batch_size=4, shuffle=True, rand_crop=True,
                               rand_mirror=True, seed=1)
    labels = sorted(sum((b[1] for b in batches(it)), []))
    assert len(labels) == 8 and labels[:6] != [0.0] * 6
    with pytest.raises(MXNetError, match="Cannot find any files that matches the URI pattern .*missing.rec$"):
        mx.io.ImageRecordIter(path_imgrec=str(DATA / "missing.rec"), data_shape=(3, 8, 8), batch_size=2)
    with pytest.raises(MXNetError, match="data_shape"):
        mx.io.ImageRecordIter(path_imgrec=REC, batch_size=2)


def test_pack_img_and_unpack_img_need_opencv(monkeypatch):
    monkeypatch.setattr(recordio, "cv2", None)
    with pytest.raises(AssertionError):
        recordio.pack_img(recordio.IRHeader(0, 3.0, 7, 0), np.zeros((2, 2, 3), np.uint8))
    with pytest.raises(AssertionError):
        recordio.unpack_img(recordio.pack(recordio.IRHeader(0, 3.0, 7, 0), b"x"))


def test_pack_img_and_unpack_img_round_trip(monkeypatch):
    monkeypatch.setattr(recordio, "cv2", object())     # (where OpenCV is installed)
    bgr = image.imread(str(DATA / "c444.jpg"), to_rgb=False).asnumpy()
    s = recordio.pack_img(recordio.IRHeader(0, 3.0, 7, 0), bgr, img_fmt=".png")
    header, back = recordio.unpack_img(s)
    assert header.label == 3.0 and header.id == 7 and (back == bgr).all()
    header, back = recordio.unpack_img(recordio.pack_img((0, 1.0, 2, 0), bgr, quality=90))
    assert back.shape == bgr.shape and np.abs(back.astype(int) - bgr).mean() < 12
    header, gray = recordio.unpack_img(recordio.pack_img((0, 1.0, 2, 0), bgr), 0)
    assert gray.shape == (37, 45)
    with pytest.raises(MXNetError, match="unsupported image format"):
        recordio.pack_img((0, 1.0, 2, 0), bgr, img_fmt=".bmp")


def test_image_record_dataset_and_folder_dataset_decode(tmp_path):
    ds = ImageRecordDataset(REC)
    img, label = ds[6]
    assert img.shape == (13, 17, 3) and img.dtype == np.uint8 and label == 0.0
    assert ImageRecordDataset(REC, flag=0)[0][0].shape == (37, 45, 1)
    for name, cls in (("c444.jpg", "a"), ("rgb8.png", "b")):
        (tmp_path / cls).mkdir()
        (tmp_path / cls / name).write_bytes((DATA / name).read_bytes())
    folder = ImageFolderDataset(str(tmp_path), transform=lambda x, y: (x.shape, y))
    assert [folder[i] for i in range(len(folder))] == [((37, 45, 3), 0), ((13, 17, 3), 1)]


def test_image_record_iter_dtype_and_unsupported_augmentation():
    it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, dtype="uint8", mean_r=10.5)
    data = it.next().data[0].asnumpy()
    assert data.dtype == np.uint8 and data.reshape(-1)[:3].tolist() == [255, 255, 248]     # MXNet's values
    with pytest.raises(MXNetError, match=r"unknown dtype for ImageRecordIter2\.$"):
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, dtype="float16")
    with pytest.raises(MXNetError):
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, aug_seq="x")
    it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, brightness=0, rotate=-1)
    assert it.provide_data[0].shape == (2, 3, 8, 8)


@pytest.mark.parametrize("name, first", [("ImageRecordIter", "data_shape"), ("ImageRecordUInt8Iter", "data_shape"),
                                         ("ImageRecordIter_v1", "batch_size"), ("ImageDetRecordIter", "batch_size")])
def test_record_iterators_name_the_first_missing_parameter_they_read(name, first):
    kind = {"data_shape": "Shape(tuple)", "batch_size": "int (non-negative)"}[first]
    with pytest.raises(MXNetError, match=rf"Required parameter {first} of {re.escape(kind)} is not presented$"):
        getattr(mx.io, name)(path_imgrec=REC)


@pytest.mark.parametrize("name, reader", [("ImageRecordIter", "ImageRecordIter2"),
                                          ("ImageRecordIter_v1", "ImageRecordIOIterator")])
def test_record_iterators_without_a_record_file_say_so(name, reader):
    with pytest.raises(MXNetError, match=rf"{reader}: Check failed: param_.path_imgrec.length\(\) != 0: must specify"):
        getattr(mx.io, name)(data_shape=(3, 8, 8), batch_size=2)
