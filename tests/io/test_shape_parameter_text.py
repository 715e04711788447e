"""Shape parameters given as text ("(3, 8, 8)", "6"), as MXNet's core parses them."""
import pathlib

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

DATA = pathlib.Path(__file__).parent.parent / "image" / "data"


def test_csv_iter_reads_a_shape_written_as_text(tmp_path):
    path = tmp_path / "d.csv"
    np.savetxt(path, np.arange(12).reshape(6, 2), delimiter=",")
    for text in ("(2,)", "[2]", "2", " ( 1, 2 ) "):
        it = mx.io.CSVIter(data_csv=str(path), data_shape=text, batch_size=3)
        assert it.provide_data[0].shape == (3,) + ((1, 2) if "1" in text else (2,))
    with pytest.raises(MXNetError, match="Invalid Parameter format for data_shape"):
        mx.io.CSVIter(data_csv=str(path), data_shape="1,2", batch_size=3)


def test_image_record_iter_reads_a_shape_written_as_text(tmp_path):
    rec = str(tmp_path / "a.rec")
    writer = mx.recordio.MXRecordIO(rec, "w")
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, 1.0, 0, 0), (DATA / "rgb8.png").read_bytes()))
    writer.close()
    it = mx.io.ImageRecordIter(path_imgrec=rec, data_shape="(3, 8, 8)", batch_size=1)
    assert it.provide_data[0].shape == (1, 3, 8, 8)
