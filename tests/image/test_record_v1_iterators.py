"""The deprecated _v1 image record iterators (MXNet 1.9.1's values): the float one normalises each instance
as ((pixel - mean) * contrast + illumination) * scale / std with contrast, illumination and mirroring drawn
from an engine of its own; the uint8 one never mirrors."""
import pathlib

import pytest

import distnet as mx

DATA = pathlib.Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def rec(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("v1") / "a.rec")
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(3):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), (DATA / "rgb8.png").read_bytes()))
    writer.close()
    return path


def test_float_v1_draws_contrast_illumination_and_mirror_per_instance(rec):
    it = mx.io.ImageRecordIter_v1(path_imgrec=rec, data_shape=(3, 2, 2), batch_size=3, rand_mirror=True,
                                  max_random_contrast=0.5, max_random_illumination=10, seed=3, mean_r=100,
                                  std_g=3, scale=0.5)
    data = it.next().data[0].asnumpy()
    assert data[:, 0, 0, :].tolist() == [[74.51708984375, 14.621612548828125], [55.53114318847656, 10.44957160949707],
                                         [24.44366455078125, 103.84164428710938]]
    assert data[:, 1, 1, :].tolist() == [[20.46070671081543, 19.059642791748047],
                                         [15.214945793151855, 14.160405158996582],
                                         [26.952672958374023, 28.809934616088867]]


def test_uint8_v1_ignores_rand_mirror(rec):
    v1 = mx.io.ImageRecordUInt8Iter_v1(path_imgrec=rec, data_shape=(3, 2, 2), batch_size=3, rand_mirror=True)
    assert v1.next().data[0].asnumpy()[:, 0, 0, :].tolist() == [[250, 136], [250, 136], [250, 136]]
    v2 = mx.io.ImageRecordUInt8Iter(path_imgrec=rec, data_shape=(3, 2, 2), batch_size=3, rand_mirror=True)
    assert v2.next().data[0].asnumpy()[:, 0, 0, :].tolist() == [[136, 250], [136, 250], [250, 136]]
