"""batch_size=0 in the core's iterators, as MXNet 1.9.1 runs it."""
import pathlib
import struct

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

DATA = pathlib.Path(__file__).parent.parent / "image" / "data"


def _epoch_shapes(it):
    return [(b.data[0].shape, b.pad) for b in it]


def test_csv_iter_reads_one_sample_per_empty_batch(tmp_path):
    path = tmp_path / "d.csv"
    np.savetxt(path, np.arange(12).reshape(4, 3), delimiter=",")
    for round_batch in (True, False):
        it = mx.io.CSVIter(data_csv=str(path), data_shape=(3,), batch_size=0, round_batch=round_batch)
        assert it.provide_data[0].shape == (0, 3)
        for _ in range(2):       # MXNet: one (0, 3) batch per line of the file, every epoch
            assert _epoch_shapes(it) == [((0, 3), 0)] * 4
            it.reset()


def test_libsvm_iter_reads_one_sample_per_empty_batch(tmp_path):
    path = tmp_path / "d.t"
    path.write_text("1 0:1\n0 1:2\n1 2:3\n")
    it = mx.io.LibSVMIter(data_libsvm=str(path), data_shape=(4,), batch_size=0)
    assert [b.data[0].shape for b in it] == [(0, 4)] * 3


def test_mnist_iter_refuses_batch_size_zero(tmp_path):
    image, label = tmp_path / "img", tmp_path / "lab"
    image.write_bytes(struct.pack(">HBBIII", 0, 8, 3, 2, 2, 2) + bytes(8))
    label.write_bytes(struct.pack(">HBBI", 0, 8, 1, 2) + bytes(2))
    with pytest.raises(MXNetError, match="batch_size should be greater equal to 1"):
        mx.io.MNISTIter(image=str(image), label=str(label), batch_size=0)


def test_image_record_iter_with_batch_size_zero_never_ends_and_resets(tmp_path):
    rec = str(tmp_path / "a.rec")
    png = (DATA / "rgb8.png").read_bytes()
    writer = mx.recordio.MXRecordIO(rec, "w")
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, 1.0, 0, 0), png))
    writer.close()
    it = mx.io.ImageRecordIter(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=0)
    for _ in range(2):           # MXNet's batch of none is full at once: the epoch never ends
        batches = [next(it) for _ in range(5)]
        assert [b.data[0].shape for b in batches] == [(0, 3, 4, 4)] * 5
        it.reset()
