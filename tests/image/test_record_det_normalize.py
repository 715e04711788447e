"""ImageDetRecordIter's normaliser (MXNet 1.9.1's values): channel means subtracted only when one is positive,
division by each positive std, then scale; a missing mean image is the average of one normalised pass."""
import pathlib

import pytest

import distnet as mx

DATA = pathlib.Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def rec(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("det") / "a.rec")
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(3):
        header = mx.recordio.IRHeader(0, [2, 5, i, .1, .2, .5, .6], i, 0)
        writer.write(mx.recordio.pack(header, (DATA / "rgb8.png").read_bytes()))
    writer.close()
    return path


def test_means_stds_and_scale_as_the_detection_normaliser(rec):
    it = mx.io.ImageDetRecordIter(path_imgrec=rec, data_shape=(3, 2, 2), batch_size=1, mean_r=100, std_g=3,
                                  std_b=-2, scale=0.25)
    assert it.next().data[0].asnumpy()[0].tolist() == [[[-12.25, 20.25], [-9.75, 25.5]],
                                                       [[4.75, 5.083333492279053], [17.5, 16.0]],
                                                       [[51.75, 17.0], [18.75, 48.0]]]


def test_a_missing_mean_image_averages_one_normalised_pass(rec, tmp_path):
    path = str(tmp_path / "mean.bin")
    it = mx.io.ImageDetRecordIter(path_imgrec=rec, data_shape=(3, 2, 2), batch_size=1, mean_img=path, std_r=2,
                                  rand_crop_prob=1, min_crop_scales=0.5, seed=2)
    assert mx.nd.load(path)["mean_img"].asnumpy().tolist() == [
        [[35.16666793823242, 85.5], [29.166667938232422, 85.66667175292969]],
        [[55.333335876464844, 68.0], [195.33334350585938, 192.6666717529297]],
        [[183.0, 96.0], [81.66667175292969, 151.6666717529297]]]
    assert it.next().data[0].asnumpy()[0].tolist() == [
        [[36.416664123535156, 51.75], [36.416664123535156, 59.666664123535156]],
        [[-2.3333358764648438, -13.0], [-12.333343505859375, -24.666671752929688]],
        [[5.0, -35.0], [5.3333282470703125, 27.333328247070312]]]


def test_one_bounded_crop_constraint_is_enforced():
    # MXNet checks the overlap/coverage constraints whenever any of them is bounded, not only when all are
    det = str(DATA / "det.rec")

    def labels(**kwargs):
        it = mx.io.ImageDetRecordIter(path_imgrec=det, data_shape=(3, 8, 8), batch_size=2, rand_crop_prob=1, seed=3,
                                      **kwargs)
        return [[round(float(v), 4) for v in row] for row in it.next().label[0].asnumpy()[:, 3:11]]
    assert labels(min_crop_overlaps=0.5) == [[7.0, 2.0, 5.0, 0.0, 0.0605, 0.0, 0.8452, 0.7539],
                                             [7.0, 2.0, 5.0, 1.0, 0.0, 0.2459, 0.9634, 0.8675]]
    assert labels(max_crop_object_coverages=0.5, min_crop_scales=0.1) == [
        [7.0, 2.0, 5.0, 0.0, 0.0, 0.0, 0.4805, 0.6114], [7.0, 2.0, 5.0, 1.0, 0.0, 0.0, 1.0, 0.9082]]
