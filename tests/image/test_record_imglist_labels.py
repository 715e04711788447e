"""ImageRecordIter's path_imglist: each line's next label_width fields are read with atof (MXNet 1.9.1)."""
import pathlib

import pytest

import distnet as mx
from distnet.base import MXNetError

DATA = pathlib.Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def rec(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lst")
    writer = mx.recordio.MXRecordIO(str(folder / "a.rec"), "w")
    for i in range(3):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, 0.0, i, 0), (DATA / "rgb8.png").read_bytes()))
    writer.close()
    (folder / "a.lst").write_text("".join(f"{i}\t{i}.25\t{i}e1\t3.5x.png\n" for i in range(3)))
    return str(folder / "a.rec"), str(folder / "a.lst")


def _labels(rec, label_width):
    path, lst = rec
    it = mx.io.ImageRecordIter(path_imgrec=path, path_imglist=lst, data_shape=(3, 8, 8), batch_size=3,
                               label_width=label_width)
    return it.next().label[0].asnumpy().tolist()


def test_labels_are_the_fields_after_the_id(rec):
    assert _labels(rec, 1) == [0.25, 1.25, 2.25]
    assert _labels(rec, 2) == [[0.25, 0.0], [1.25, 10.0], [2.25, 20.0]]


def test_a_wider_label_reads_the_file_name_as_a_number(rec):
    assert _labels(rec, 3) == [[0.25, 0.0, 3.5], [1.25, 10.0, 3.5], [2.25, 20.0, 3.5]]     # atof("3.5x.png")


def test_too_few_fields_is_a_bad_image_list(rec):
    with pytest.raises(MXNetError, match="Bad ImageList format"):
        _labels(rec, 4)
