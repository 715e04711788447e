"""The image record iterators log to stderr as MXNet's core does, unless verbose is false: the parser and its
decoding thread, the detection label padding, and a mean image created or loaded (each at its source line)."""
import pathlib
import re

import numpy as np
import pytest

import distnet as mx

DATA = pathlib.Path(__file__).parent / "data"


def _rec(folder, name, label):
    path = str(folder / name)
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(3):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, label, i, 0), (DATA / "rgb8.png").read_bytes()))
    writer.close()
    return path


def _logged(capsys):
    """The stderr lines, their times left out."""
    err = capsys.readouterr().err
    assert all(re.match(r"\[\d\d:\d\d:\d\d\] ", line) for line in err.splitlines()), err
    return [line[11:] for line in err.splitlines()]


V2 = "../src/io/iter_image_recordio_2.cc"
V1 = "../src/io/iter_image_recordio.cc"
NORMALIZE = "../src/io/./iter_normalize.h"


@pytest.mark.parametrize("name, where, parser", [("ImageRecordIter", V2 + ":177", "ImageRecordIOParser2"),
                                                 ("ImageRecordUInt8Iter", V2 + ":177", "ImageRecordIOParser2"),
                                                 ("ImageRecordIter_v1", V1 + ":120", "ImageRecordIOParser")])
def test_the_parser_logs_its_file_unless_not_verbose(tmp_path, capsys, name, where, parser):
    path = _rec(tmp_path, "a.rec", 1.0)
    getattr(mx.io, name)(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2)
    assert _logged(capsys) == [f"{where}: {parser}: {path}, use 1 threads for decoding.."]
    getattr(mx.io, name)(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2, verbose=False)
    assert _logged(capsys) == []


@pytest.mark.parametrize("name, lines", [
    ("ImageRecordIter", (V2 + ":662", V2 + ":700", V2 + ":235", V2 + ":253")),
    ("ImageRecordIter_v1", (NORMALIZE + ":215", NORMALIZE + ":241", NORMALIZE + ":67", None)),
])
def test_a_mean_image_is_logged_when_created_then_when_loaded(tmp_path, capsys, name, lines):
    path, mean = _rec(tmp_path, "a.rec", 1.0), str(tmp_path / "mean.bin")
    missing, saved, loading, loaded = lines
    getattr(mx.io, name)(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2, mean_img=mean)
    assert _logged(capsys)[1:] == [f"{missing}: Cannot find {mean}: create mean image, this will take some time...",
                                   f"{saved}: Save mean image to {mean}.."]
    getattr(mx.io, name)(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2, mean_img=mean)
    expected = [f"{loading}: Load mean image from {mean}"] + ([f"{loaded}: Load mean image from {mean} completed"]
                                                              if loaded else [])
    assert _logged(capsys)[1:] == expected


def test_the_detection_parser_logs_its_label_padding(tmp_path, capsys):
    path = _rec(tmp_path, "d.rec", np.array([2, 5, 1, .1, .1, .8, .9], np.float32))
    mx.io.ImageDetRecordIter(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2, label_pad_width=9)
    assert _logged(capsys) == [
        f"../src/io/iter_image_det_recordio.cc:282: ImageDetRecordIOParser: {path}, use 1 threads for decoding..",
        f"../src/io/iter_image_det_recordio.cc:339: ImageDetRecordIOParser: {path}, label padding width: 9"]


@pytest.mark.parametrize("name, where", [("ImageRecordIter", "../src/io/./image_iter_common.h:76"),
                                         ("ImageRecordIter_v1", "../src/io/./image_iter_common.h:76")])
def test_an_image_list_is_logged_before_the_parser(tmp_path, capsys, name, where):
    path, listed = _rec(tmp_path, "a.rec", 1.0), tmp_path / "a.lst"
    listed.write_text("".join(f"{i}\t{i * 2}\timg{i}.png\n" for i in range(3)))
    getattr(mx.io, name)(path_imgrec=path, path_imglist=str(listed), data_shape=(3, 4, 4), batch_size=2)
    lines = _logged(capsys)
    assert lines[0] == f"{where}: Loaded ImageList from {listed} 3 Image records"
    assert "threads for decoding" in lines[1]
    getattr(mx.io, name)(path_imgrec=path, path_imglist=str(listed), data_shape=(3, 4, 4), batch_size=2,
                         verbose=False)
    assert _logged(capsys) == []
