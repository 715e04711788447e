"""ImageRecordIter's min_aspect_ratio: the warp's aspect ratio drawn from [min, max] (MXNet 1.9.1's sums)."""
import pathlib

import numpy as np
import pytest

import distnet as mx

DATA = pathlib.Path(__file__).parent / "data"
NAMES = ["rgb8.png", "c444.jpg", "pal8.png", "c420.jpg"]
WEIGHTS = np.arange(1, 3 * 8 * 8 + 1).reshape(3, 8, 8)


@pytest.fixture(scope="module")
def rec(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("asp") / "asp.rec")
    writer = mx.recordio.MXRecordIO(path, "w")
    for i, name in enumerate(NAMES):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), (DATA / name).read_bytes()))
    writer.close()
    return path


@pytest.mark.parametrize("kwargs, sums", [
    (dict(min_aspect_ratio=0.5, max_aspect_ratio=2.0), [2228198, 1911978, 2242001, 1929119]),
    (dict(min_aspect_ratio=0.5), [2600046, 1985747, 2521754, 2193308]),              # range [0.5, 0] warps
    (dict(min_aspect_ratio=1.0, max_aspect_ratio=1.0), [2220913, 1909416, 2217496, 1892999]),   # no warp
])
def test_min_aspect_ratio_draws_the_warp_ratio_from_min_to_max(rec, kwargs, sums):
    it = mx.io.ImageRecordUInt8Iter(path_imgrec=rec, data_shape=(3, 8, 8), batch_size=4, **kwargs)
    x = it.next().data[0].asnumpy().astype(np.int64)
    assert (x * WEIGHTS).sum(axis=(1, 2, 3)).tolist() == sums
