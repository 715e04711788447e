"""The image record iterators' random augmentation and streams, against values measured from MXNet 1.9.1."""
import pathlib

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of
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


DET_REC = str(pathlib.Path(__file__).parent / "data" / "det.rec")

DET_CONFIGS = {
    "mirror": dict(rand_mirror_prob=0.5),
    "pad": dict(rand_pad_prob=0.7, max_pad_scale=2.0, fill_value=50),
    "crop": dict(rand_crop_prob=0.8, min_crop_scales=0.3, max_crop_scales=0.9, min_crop_aspect_ratios=0.5,
                 max_crop_aspect_ratios=2.0, crop_emit_mode="overlap", emit_overlap_thresh=0.2),
    "crop_samplers": dict(rand_crop_prob=1.0, num_crop_sampler=2, min_crop_scales=(0.2, 0.5),
                          max_crop_scales=(0.6, 1.0), min_crop_overlaps=(0.1, 0.3), max_crop_overlaps=(0.9, 0.95),
                          min_crop_sample_coverages=0.05, max_crop_sample_coverages=0.99,
                          min_crop_object_coverages=0.1, max_crop_object_coverages=0.99),
    "colour": dict(random_hue_prob=0.6, max_random_hue=25, random_contrast_prob=0.6, max_random_contrast=0.4,
                   shuffle=True, seed=5),
    "fit": dict(data_shape=(3, 14, 12), resize_mode="fit", rand_pad_prob=0.5, max_pad_scale=1.6, mean_g=3.0,
                std_g=2.0, std_r=1.0, std_b=1.0),
}

# per-image weighted sums and the first 12 label columns over two epochs, from MXNet 1.9.1
DET_EXPECTED = {
    'mirror': [
        ([16353741.0, 16463365.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.1, 0.1, 0.5, 0.6, -1.0],
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 1.0, 0.2, 0.3, 0.9, 0.8, 0.0],
         ]),
        ([16456602.0, 16299346.0],
         [
             [3.0, 12.0, 14.0, 17.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.4, 0.2, 0.7, 0.9, -1.0],
         ]),
        ([16251081.0, 16359161.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.5, 0.1, 0.9, 0.6, -1.0],
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 1.0, 0.1, 0.3, 0.8, 0.8, 0.0],
         ]),
        ([16354561.0, 16402760.0],
         [
             [3.0, 12.0, 14.0, 17.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.3, 0.2, 0.6, 0.9, -1.0],
         ]),
    ],
    'pad': [
        ([16353741.0, 8706249.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.1, 0.1, 0.5, 0.6, -1.0],
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 1.0, 0.5763, 0.32307, 0.93334, 0.5781, 0.0],
         ]),
        ([16456602.0, 11012358.0],
         [
             [3.0, 12.0, 14.0, 17.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.50438, 0.30663, 0.69946, 0.76182, -1.0],
         ]),
        ([16353741.0, 16390089.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.1, 0.1, 0.5, 0.6, -1.0],
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 1.0, 0.20118, 0.32159, 0.86598, 0.79645, 0.0],
         ]),
        ([9843292.0, 9890098.0],
         [
             [3.0, 12.0, 14.0, 17.0, 2.0, 5.0, 2.0, 0.22824, 0.24882, 0.79126, 0.81183, 1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.3092, 0.56402, 0.47003, 0.9393, -1.0],
         ]),
    ],
    'crop': [
        ([16396484.0, 15159613.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.01393, 0.0, 0.49256, 0.55224, -1.0],
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 1.0, 0.21823, 0.31575, 1.0, 0.91857, 0.0],
         ]),
        ([15067774.0, 15428255.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.23629, 0.13431, 0.70397, 0.90485, -1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.11937, 0.23011, 0.49851, 1.0, -1.0],
         ]),
        ([12788857.0, 12058264.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.0, 0.0, 1.0, 0.70738, -1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.0, 0.09784, 1.0, 1.0, -1.0],
         ]),
        ([16456602.0, 16013267.0],
         [
             [3.0, 12.0, 14.0, 17.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.1813, 0.11316, 0.69063, 0.896, -1.0],
         ]),
    ],
    'crop_samplers': [
        ([11894074.0, 12994508.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.0, 0.20012, 0.83676, 1.0, -1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.0, 0.22173, 1.0, 1.0, -1.0],
         ]),
        ([14571121.0, 16798265.0],
         [
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.5202, 0.0, 1.0, 0.85391, -1.0],
         ]),
        ([10795453.0, 18363586.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.0, 0.0, 0.92248, 1.0, -1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.0, 0.0, 1.0, 0.76374, -1.0],
         ]),
        ([17232337.0, 12308822.0],
         [
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.49407, 0.00396, 1.0, 1.0, -1.0],
         ]),
    ],
    'colour': [
        ([13300273.0, 13497961.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.3, 0.2, 0.6, 0.9, -1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.1, 0.1, 0.5, 0.6, -1.0],
         ]),
        ([16456602.0, 12146939.0],
         [
             [3.0, 12.0, 14.0, 17.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 1.0, 0.2, 0.3, 0.9, 0.8, 0.0],
         ]),
        ([14602100.0, 20211675.0],
         [
             [3.0, 12.0, 14.0, 17.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 12.0, 14.0, 12.0, 2.0, 5.0, 1.0, 0.2, 0.3, 0.9, 0.8, 0.0],
         ]),
        ([19665315.0, 16402760.0],
         [
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 0.0, 0.1, 0.1, 0.5, 0.6, -1.0],
             [3.0, 12.0, 14.0, 7.0, 2.0, 5.0, 1.0, 0.3, 0.2, 0.6, 0.9, -1.0],
         ]),
    ],
    "fit": [
        ([7610536.0, 7618316.5],
         [
             [3.0, 9.0, 12.0, 7.0, 2.0, 5.0, 0.0, 0.12866, 0.10838, 0.45942, 0.52183, -1.0],
             [3.0, 9.0, 12.0, 12.0, 2.0, 5.0, 1.0, 0.2, 0.3, 0.9, 0.8, 0.0],
         ]),
        ([5613931.5, 7599337.5],
         [
             [3.0, 7.0, 12.0, 17.0, 2.0, 5.0, 2.0, 0.13078, 0.23701, 0.82415, 0.93038, 1.0],
             [3.0, 9.0, 12.0, 7.0, 2.0, 5.0, 1.0, 0.3, 0.2, 0.6, 0.9, -1.0],
         ]),
        ([7595864.5, 7618316.5],
         [
             [3.0, 9.0, 12.0, 7.0, 2.0, 5.0, 0.0, 0.1, 0.1, 0.5, 0.6, -1.0],
             [3.0, 9.0, 12.0, 12.0, 2.0, 5.0, 1.0, 0.2, 0.3, 0.9, 0.8, 0.0],
         ]),
        ([5578185.0, 7572421.5],
         [
             [3.0, 7.0, 12.0, 17.0, 2.0, 5.0, 2.0, 0.0, 0.0, 1.0, 1.0, 1.0],
             [3.0, 9.0, 12.0, 7.0, 2.0, 5.0, 1.0, 0.32896, 0.3193, 0.52302, 0.77211, -1.0],
         ]),
    ],
}


@pytest.mark.parametrize("name", sorted(DET_CONFIGS))
def test_det_augmentation_matches_mxnet(name):
    kwargs = dict(DET_CONFIGS[name])
    shape = kwargs.pop("data_shape", (3, 12, 14))
    it = mx.io.ImageDetRecordIter(path_imgrec=DET_REC, data_shape=shape, batch_size=2, **kwargs)
    rows = []
    for _ in range(2):
        it.reset()
        for batch in it:
            x = batch.data[0].asnumpy().astype(np.float64)
            sums = [round(float(v), 2) for v in (x * np.arange(1, 505).reshape(shape)).sum(axis=(1, 2, 3))]
            rows.append((sums, np.round(batch.label[0].asnumpy()[:, :12].astype(np.float64), 5).tolist()))
    assert len(rows) == len(DET_EXPECTED[name])
    for (sums, labels), (want_sums, want_labels) in zip(rows, DET_EXPECTED[name]):
        np.testing.assert_allclose(sums, want_sums, rtol=1e-6)
        np.testing.assert_allclose(labels, want_labels, atol=2e-5)


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
    with pytest.raises(MXNetError, match=r"image_aug_default.cc:328: Check failed: \(param_.inter_method >= 1 "):
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, rotate=10, inter_method=0)
    with pytest.raises(MXNetError) as e:
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, max_crop_size=200)
    assert message_of(e.value).endswith(
        "image_aug_default.cc:400: Check failed: res.cols >= param_.max_crop_size && res.rows >= param_.max_crop_size "
        "&& param_.max_crop_size >= param_.min_crop_size: input image size smaller than max_crop_size\n\n")
    # MXNet's resize takes 0-4, 9, 10
    with pytest.raises(MXNetError, match=r"image_aug_default.cc:271: Check failed: \(param_.inter_method >= 0 "):
        mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, resize=10, inter_method=5)
    # min_crop_size left at -1: MXNet draws an empty (0) or negative crop size and OpenCV refuses it
    with pytest.raises(MXNetError, match=r"OpenCV\(3.4.2\) \S+/core/src/matrix.cpp:465: error: \(-215:Assertion "
                                         r"failed\) 0 <= roi.x && 0 <= roi.width && roi.x \+ roi.width <= m.cols"):
        mx.io.ImageRecordUInt8Iter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=3, max_crop_size=6)
    with pytest.raises(MXNetError, match=r"OpenCV\(3.4.2\) \S+/resize.cpp:4044: error: .* !ssize.empty\(\)"):
        mx.io.ImageRecordUInt8Iter(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=3, max_crop_size=20,
                                   min_img_size=30)
    for colour in (dict(brightness=0.2), dict(saturation=0.1), dict(random_h=10), dict(random_l=5)):
        with pytest.raises(MXNetError) as e:     # OpenCV's colour conversion of a gray image, in the reading thread
            mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(1, 8, 8), batch_size=2, **colour)
        assert message_of(e.value).endswith("color.hpp:253: error: (-215:Assertion failed) VScn::contains(scn) && "
                                     "VDcn::contains(dcn) && VDepth::contains(depth) in function 'CvtHelper'\n")


def test_det_short_batch_keeps_previous_rows():
    it = mx.io.ImageDetRecordIter(path_imgrec=DET_REC, data_shape=(3, 8, 8), batch_size=3, round_batch=False)
    first, second = it.next(), it.next()
    assert (first.pad, second.pad) == (0, 2)         # MXNet 1.9.1 reports the padding and leaves old rows
    np.testing.assert_array_equal(second.label[0].asnumpy()[1:], first.label[0].asnumpy()[1:])
    assert first.label[0].asnumpy()[:, 7].tolist() == [np.float32(0.1), np.float32(0.2), 0.0]
    assert second.label[0].asnumpy()[0, 7] == np.float32(0.3)
    np.testing.assert_array_equal(second.data[0].asnumpy()[1:], first.data[0].asnumpy()[1:])
