"""ImageRecordInt8Iter subtracts each channel's mean (or the mean image) rounded half away from zero and
saturates to int8; it cannot create a missing mean image (MXNet 1.9.1's values and errors)."""
import pathlib

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

REC = str(pathlib.Path(__file__).parent / "data" / "small.rec")


def test_channel_means_are_rounded_half_away_from_zero():
    it = mx.io.ImageRecordInt8Iter(path_imgrec=REC, data_shape=(3, 2, 2), batch_size=2, mean_r=127.5, mean_g=-0.5,
                                   mean_b=2.5)
    assert it.next().data[0].asnumpy().tolist() == [
        [[[116, 7], [-16, 1]], [[8, 114], [127, 127]], [[24, 96], [125, 122]]],
        [[[77, 21], [-16, 25]], [[43, 100], [120, 127]], [[42, 69], [109, 127]]]]


def test_a_mean_image_is_rounded_per_pixel(tmp_path):
    path = str(tmp_path / "mean.bin")
    mean = np.array([100.5, -3.5, 0.49999997, 250.2] * 3, np.float32).reshape(3, 2, 2)
    mx.nd.save(path, {"mean_img": mx.nd.array(mean)})
    it = mx.io.ImageRecordInt8Iter(path_imgrec=REC, data_shape=(3, 2, 2), batch_size=2, mean_img=path)
    assert it.next().data[0].asnumpy().tolist() == [
        [[[127, 127], [112, -121]], [[-94, 117], [127, -96]], [[-74, 103], [127, -125]]],
        [[[104, 127], [112, -97]], [[-59, 103], [119, -113]], [[-56, 76], [112, -113]]]]


def test_a_missing_mean_image_cannot_be_built_in_int8(tmp_path):
    with pytest.raises(MXNetError, match="data type do not match"):
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 2, 2), batch_size=2, dtype="int8",
                              mean_img=str(tmp_path / "none.bin"))
