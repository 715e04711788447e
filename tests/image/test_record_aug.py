"""The image record iterators' random augmentation and streams, against values measured from MXNet 1.9.1."""
import pathlib

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError
from distnet.image._record_aug import Engine, warp_affine

REC = str(pathlib.Path(__file__).parent / "data" / "small.rec")

CONFIGS = {
    "crop_mirror": dict(rand_crop=True, rand_mirror=True),
    "shuffle": dict(shuffle=True, seed=7),
    "affine": dict(max_rotate_angle=20, max_shear_ratio=0.1, max_random_scale=1.2, min_random_scale=0.9,
                   max_aspect_ratio=0.2, inter_method=10),
    "rrc": dict(random_resized_crop=True, min_random_area=0.3, max_aspect_ratio=0.3, rand_mirror=True),
    "crop_size": dict(max_crop_size=12, min_crop_size=9, rand_crop=True, pad=2, fill_value=9),
    "seed_aug": dict(rand_crop=True, seed_aug=3, resize=10, brightness=0.4),
    "jitter": dict(brightness=0.3, contrast=0.4, saturation=0.5, rand_mirror=True),
    "pca": dict(pca_noise=0.8, rand_crop=True),
}

# per-image sums of pixel * (1 + flat position) over two epochs (reset right after creation), from MXNet 1.9.1
EXPECTED = {
    'crop_mirror': [
        [1659147, 3701505, 2495818],
        [2633350, 2170051, 1601836],
        [3117157, 1864422, 3371079],
        [2112439, 1866106, 2188435],
    ],
    'shuffle': [
        [2180649, 1917478, 2220913],
        [1802058, 1896414, 1896414],
        [1909416, 2180649, 1892999],
        [2220913, 1802058, 1917478],
    ],
    'affine': [
        [1965715, 2149629, 1935691],
        [1808211, 2209604, 1943021],
        [1858174, 2016377, 2176437],
        [1773032, 1810835, 2210672],
    ],
    'rrc': [
        [2598665, 2710911, 2258612],
        [1953978, 2366660, 2189778],
        [2315737, 2262338, 2644770],
        [2218482, 2286275, 2687340],
    ],
    'crop_size': [
        [2378637, 2978592, 1898260],
        [1956468, 2041005, 2579960],
        [2491205, 2878287, 1859370],
        [2925345, 2141682, 2109696],
    ],
    'seed_aug': [
        [1973851, 2646705, 2368096],
        [2438051, 1725509, 2002694],
        [1960738, 2535281, 2488845],
        [2448004, 1809382, 2598487],
    ],
    'jitter': [
        [1687660, 1709109, 1994999],
        [1588405, 1968307, 2251798],
        [1730694, 1407536, 2298345],
        [1498546, 2166256, 2149869],
    ],
    'pca': [
        [1705292, 3309039, 2545207],
        [1592845, 3137521, 1455271],
        [1392116, 2685875, 1795309],
        [2920964, 3074749, 3437041],
    ],
}


def test_engine_matches_std_mt19937():
    assert Engine(5489).raw() == 3499211612             # the standard's reference first output
    e = Engine(111)
    assert [e.randint(0, 4) for _ in range(8)] == [3, 0, 0, 1, 2, 4, 3, 1]
    e = Engine(111)
    assert e.shuffle(list(range(8))) == [3, 4, 5, 2, 1, 6, 7, 0]
    assert e.shuffle(list(range(8))) == [6, 5, 1, 0, 2, 7, 4, 3]
    u = Engine(111).uniform()
    assert u.dtype == np.float32 and abs(float(u) - 0.6122) < 1e-4


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_seeded_batches_match_mxnet(name):
    it = mx.io.ImageRecordUInt8Iter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=3, preprocess_threads=1,
                                    **CONFIGS[name])
    rows = []
    for _ in range(2):
        it.reset()
        for batch in it:
            x = batch.data[0].asnumpy().astype(np.int64)
            rows.append((x * np.arange(1, 193).reshape(3, 8, 8)).sum(axis=(1, 2, 3)).tolist())
    assert rows == EXPECTED[name]


# with an index the core reads a shuffled permutation batch by batch (three whole epochs, no early reset)
INDEXED = [
    [2592960, 2686262, 1513838],
    [1921312, 2164005, 3029533],
    [2193799, 2238096, 1469541],
    [1667197, 2963756, 2476089],
    [2499465, 1702194, 1570668],
    [3658404, 2145160, 3092497],
    [2363827, 1672295, 2025164],
]


def test_indexed_shuffle_matches_mxnet():
    it = mx.io.ImageRecordUInt8Iter(path_imgrec=REC, path_imgidx=REC[:-3] + "idx", data_shape=(3, 8, 8),
                                    batch_size=3, shuffle=True, seed=2, rand_crop=True, rand_mirror=True)
    rows = []
    for _ in range(3):
        for batch in it:
            x = batch.data[0].asnumpy().astype(np.int64)
            rows.append((x * np.arange(1, 193).reshape(3, 8, 8)).sum(axis=(1, 2, 3)).tolist())
        it.reset()
    assert rows == INDEXED


def test_warp_identity_and_fill():
    img = np.arange(48, dtype=np.uint8).reshape(4, 4, 3)
    same = warp_affine(img, [[1, 0, 0], [0, 1, 0]], 4, 4, 1, 7)
    assert (same == img).all()
    shifted = warp_affine(img, [[1, 0, 2], [0, 1, 0]], 4, 4, 0, 7)
    assert (shifted[:, :2] == 7).all() and (shifted[:, 2:] == img[:, :2]).all()


def test_float_iterator_random_contrast_and_illumination():
    it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=7,
                               max_random_contrast=0.5, max_random_illumination=20, mean_r=10, std_b=2)
    plain = mx.io.ImageRecordUInt8Iter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=7)
    x, u = it.next().data[0].asnumpy(), plain.next().data[0].asnumpy().astype(np.float32)
    assert x.dtype == np.float32
    e = Engine(111)      # the first image's two draws: contrast, then illumination
    mult = e.uniform() * np.float32(1.0) - np.float32(0.5) + np.float32(1)
    bias = e.uniform() * np.float32(40) - np.float32(20)
    assert abs(mult - 1) > 0.01 and abs(bias) > 0.1
    np.testing.assert_allclose(x[0][0], (u[0][0] - 10) * mult + bias, rtol=1e-5, atol=1e-4)
    np.testing.assert_allclose(x[0][1], u[0][1] * mult + bias, rtol=1e-5, atol=1e-4)
    np.testing.assert_allclose(x[0][2], u[0][2] * (mult / 2) + bias / 2, rtol=1e-5, atol=1e-4)


def test_bad_settings_raise():
    with pytest.raises(MXNetError, match="random_resized_crop"):
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, random_resized_crop=True,
                              rand_crop=True)
    with pytest.raises(MXNetError, match="inter_method 0"):
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, rotate=10, inter_method=0)
    with pytest.raises(MXNetError, match="max_crop_size"):
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, max_crop_size=200)
