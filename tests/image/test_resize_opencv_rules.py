"""OpenCV's resize rules that MXNet's imresize shows: 32-bit bit-exact bilinear, word-wise nearest copies, area's
channel limit."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError


def _exact_bilinear(src, out_h, out_w, bits):
    """Closed form of INTER_LINEAR_EXACT in Python ints: weights rounded to ``bits`` fraction bits, one rounding."""
    def taps(out_len, in_len):
        rows = []
        for d in range(out_len):
            pos = (d + 0.5) * (1.0 / (out_len / in_len)) - 0.5
            left = int(np.floor(pos))
            frac = 0.0 if left < 0 or left >= in_len - 1 else pos - left
            left = min(max(left, 0), in_len - 1)
            right_weight = int(round(frac * (1 << bits)))
            rows.append((left, min(left + 1, in_len - 1), (1 << bits) - right_weight, right_weight))
        return rows
    out = np.zeros((out_h, out_w, src.shape[2]), np.int64)
    for i, (y0, y1, wy0, wy1) in enumerate(taps(out_h, src.shape[0])):
        for j, (x0, x1, wx0, wx1) in enumerate(taps(out_w, src.shape[1])):
            for c in range(src.shape[2]):
                row0 = int(src[y0, x0, c]) * wx0 + int(src[y0, x1, c]) * wx1
                row1 = int(src[y1, x0, c]) * wx0 + int(src[y1, x1, c]) * wx1
                out[i, j, c] = (row0 * wy0 + row1 * wy1 + (1 << (2 * bits - 1))) >> (2 * bits)
    return out


@pytest.mark.parametrize("shape,size", [((5, 7), (3, 4)), ((3, 3), (7, 7)), ((2, 5), (8, 3))])
def test_int32_interp5_is_32_bit_fixed_point_bilinear(shape, size):
    src = np.random.RandomState(0).randint(-2 ** 31, 2 ** 31 - 1, size=shape + (2,)).astype(np.int32)
    out = mx.image.imresize(mx.nd.array(src, dtype="int32"), *size, interp=5)
    assert out.dtype == np.int32
    assert out.asnumpy().tolist() == _exact_bilinear(src, size[1], size[0], 32).tolist()


def test_int32_other_interpolations_are_still_refused():
    src = mx.nd.array(np.arange(12).reshape(2, 2, 3), dtype="int32")
    with pytest.raises(MXNetError):
        mx.image.imresize(src, 3, 3, interp=1).asnumpy()


@pytest.mark.parametrize("channels,copied", [(5, 4), (7, 4), (9, 8), (6, 6), (3, 3), (8, 8)])
def test_uint8_nearest_copies_whole_words_of_odd_sized_pixels(channels, copied):
    src = np.arange(2 * 3 * channels).reshape(2, 3, channels).astype(np.uint8) + 1
    out = mx.image.imresize(mx.nd.array(src, dtype="uint8"), 6, 4, interp=0).asnumpy()
    expected = src[[0, 0, 1, 1]][:, [0, 0, 1, 1, 2, 2]]
    assert (out[..., :copied] == expected[..., :copied]).all()
    assert (out[..., copied:] == 0).all()


def test_float_nearest_copies_every_channel():
    src = np.arange(2 * 3 * 5, dtype=np.float32).reshape(2, 3, 5) + 1
    out = mx.image.imresize(mx.nd.array(src), 6, 4, interp=0).asnumpy()
    assert (out == src[[0, 0, 1, 1]][:, [0, 0, 1, 1, 2, 2]]).all()


def test_area_shrink_by_a_fraction_takes_at_most_four_channels():
    src = mx.nd.array(np.random.RandomState(1).randint(0, 256, (6, 6, 5)), dtype="uint8")
    with pytest.raises(MXNetError):
        mx.image.imresize(src, 4, 3, interp=3).asnumpy()
    whole = mx.image.imresize(src, 3, 3, interp=3).asnumpy()      # whole factors take the block path
    blocks = src.asnumpy().reshape(3, 2, 3, 2, 5).astype(np.float64).mean(axis=(1, 3))
    assert np.abs(whole.astype(np.float64) - blocks).max() <= 0.5
    assert mx.image.imresize(src, 9, 4, interp=3).shape == (4, 9, 5)   # enlarging one side is no area shrink


@pytest.mark.parametrize("channels", [1, 3, 5])
def test_int32_bit_exact_halving_goes_to_area_kernels_without_int32(channels):
    src = mx.nd.array(np.arange(4 * 6 * channels).reshape(4, 6, channels), dtype="int32")
    with pytest.raises(MXNetError):
        mx.image.imresize(src, 3, 2, interp=5).asnumpy()


def test_int32_bit_exact_halving_of_two_channels_stays_bilinear():
    src = np.random.RandomState(2).randint(-1000, 1000, (4, 6, 2)).astype(np.int32)
    out = mx.image.imresize(mx.nd.array(src, dtype="int32"), 3, 2, interp=5).asnumpy()
    assert out.tolist() == _exact_bilinear(src, 2, 3, 32).tolist()


def test_uint8_bit_exact_halving_of_five_channels_rounds_as_area_half_to_even():
    src = np.zeros((2, 2, 5), np.uint8)
    src[0, 0] = 2          # block sum 2: area gives rint(0.5) = 0, bilinear's (2 + 2) >> 2 would give 1
    out = mx.image.imresize(mx.nd.array(src, dtype="uint8"), 1, 1, interp=5).asnumpy()
    assert out.ravel().tolist() == [0, 0, 0, 0, 0]


def test_det_random_pad_number_pad_val_fills_the_first_channel_only():
    import random
    src = mx.nd.ones((4, 4, 3)) * 50
    label = np.array([[0, 0.1, 0.1, 0.5, 0.5]], np.float32)
    random.seed(0)
    out, _ = mx.image.DetRandomPadAug(1.0, (2.0, 3.0), 50, 7)(src, label)
    pixels = out.asnumpy().reshape(-1, 3)
    border = pixels[(pixels != 50).any(axis=1)]
    assert len(border) == len(pixels) - 16 > 0
    assert (border == [7.0, 0.0, 0.0]).all()


@pytest.mark.parametrize("dtype", ["uint8", "float32"])
def test_color_jitter_without_a_positive_factor_leaves_its_output_unwritten(dtype):
    src = mx.nd.array(np.arange(1, 19).reshape(2, 3, 3), dtype=dtype)
    out = mx.nd.image.random_color_jitter(src, brightness=0, contrast=-0.5, saturation=0, hue=0)
    assert out.dtype == np.dtype(dtype) and out.shape == (2, 3, 3)
    assert (out.asnumpy() == 0).all()
    mx.random.seed(0)
    jittered = mx.nd.image.random_color_jitter(src, brightness=0.5, contrast=0, saturation=0, hue=0).asnumpy()
    assert (jittered != 0).any()
