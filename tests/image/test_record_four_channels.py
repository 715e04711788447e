"""Image record iterators with a 4-channel data_shape keep the encoded alpha (RGBA out, mean_a/std_a apply)
and refuse an image without four channels (MXNet 1.9.1's values)."""
import pathlib

import pytest

import distnet as mx
from distnet.base import MXNetError

DATA = pathlib.Path(__file__).parent / "data"


def _rec(tmp_path, names):
    path = str(tmp_path / "a.rec")
    writer = mx.recordio.MXRecordIO(path, "w")
    for i, name in enumerate(names):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), (DATA / name).read_bytes()))
    writer.close()
    return path


def test_rgba_records_fill_four_channels(tmp_path):
    path = _rec(tmp_path, ["rgba8.png", "rgba8.png"])
    it = mx.io.ImageRecordIter(path_imgrec=path, data_shape=(4, 2, 2), batch_size=2, mean_a=10, std_a=2)
    assert it.next().data[0].asnumpy()[1].tolist() == [
        [[250.0, 136.0], [128.0, 131.0]], [[10.0, 120.0], [125.0, 117.0]], [[30.0, 161.0], [129.0, 150.0]],
        [[122.5, 122.5], [122.5, 122.5]]]
    it = mx.io.ImageRecordUInt8Iter(path_imgrec=path, data_shape=(4, 2, 2), batch_size=2)
    assert it.next().data[0].asnumpy()[0, 3].tolist() == [[255, 255], [255, 255]]


def test_a_three_channel_record_is_refused(tmp_path):
    path = _rec(tmp_path, ["rgba8.png", "rgb8.png"])
    with pytest.raises(MXNetError, match="Invalid image with index 1. Expected 4 channels, got 3"):
        mx.io.ImageRecordIter(path_imgrec=path, data_shape=(4, 2, 2), batch_size=2)
