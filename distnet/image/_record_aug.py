"""The core's random streams and default augmenter for the image record iterators.

The core draws from C++ ``std::mt19937`` engines through libstdc++'s distributions (the versions
built into MXNet 1.9.1: rejection-by-division integers, one 32-bit draw per float, two per
Bernoulli trial, one swap draw per element in ``std::shuffle``); ``Engine`` reproduces them.
``DefaultAugmenter`` follows the core's ``aug_default`` steps on H x W x C uint8 images:
shorter-side resize, random-resized crop or affine warp (rotate/shear/scale/aspect), padding,
crop (fixed, random, or random-size then resized), brightness/contrast/saturation in a random order,
HLS shifts, then PCA lighting noise.
"""
import math
import re

import numpy as np

from ..base import log_time
from ..base import MXNetError, located
from ..gluon.data.vision._resize import OPENCV_EMPTY, resize_hwc
from ..io.io import prefetcher_error

# OpenCV's words for a crop window outside the image
_OPENCV_BAD_ROI = ("OpenCV(3.4.2) /work/mxnet/staticdeps/opencv-3.4.2/modules/core/src/matrix.cpp:465: error: "
                   "(-215:Assertion failed) 0 <= roi.x && 0 <= roi.width && roi.x + roi.width <= m.cols && "
                   "0 <= roi.y && 0 <= roi.height && roi.y + roi.height <= m.rows in function 'Mat'")

_U32 = 0xFFFFFFFF


class Engine:
    """A ``std::mt19937`` engine with libstdc++'s distributions."""

    def __init__(self, seed):
        self.seed(seed)

    def seed(self, seed):
        """Re-seed as ``std::mt19937::seed(seed)``."""
        key = np.empty(624, np.uint32)
        key[0] = v = int(seed) & _U32
        for i in range(1, 624):
            v = (1812433253 * (v ^ (v >> 30)) + i) & _U32
            key[i] = v
        self._gen = np.random.MT19937(0)
        self._gen.state = {"bit_generator": "MT19937", "state": {"key": key, "pos": 624}}

    def raw(self):
        """The next 32-bit output."""
        return int(self._gen.random_raw())

    def uniform(self, low=0.0, high=1.0):
        """``uniform_real_distribution<float>(low, high)``: one draw, float32 arithmetic."""
        u = np.float32(self.raw()) / np.float32(4294967296.0)     # may round up to 1.0, as in MXNet's build
        return np.float32(u * (np.float32(high) - np.float32(low)) + np.float32(low))

    def randint(self, low, high):
        """``uniform_int_distribution(low, high)`` (both ends included)."""
        span = (int(high) - int(low)) & 0xFFFFFFFFFFFFFFFF
        if span >= _U32:
            raise MXNetError(f"random integer range [{low}, {high}] is wider than 32 bits")
        buckets = span + 1
        scaling = _U32 // buckets
        past = buckets * scaling
        while True:
            r = self.raw()
            if r < past:
                return int(low) + r // scaling

    def coin(self):
        """``bernoulli_distribution(0.5)``: a double from two draws, below one half."""
        lo, hi = self.raw(), self.raw()
        return (lo + hi * 4294967296.0) / 18446744073709551616.0 < 0.5

    def normal(self, mean, std):
        """``normal_distribution<float>(mean, std)``: Marsaglia's polar method, both values used in turn."""
        if getattr(self, "_spare", None) is not None:
            z, self._spare = self._spare, None
        else:
            while True:
                x = np.float32(2) * self.uniform() - np.float32(1)
                y = np.float32(2) * self.uniform() - np.float32(1)
                r2 = np.float32(x * x + y * y)
                if 0 < r2 <= 1:
                    break
            mult = np.float32(math.sqrt(-2 * math.log(r2) / r2))
            self._spare, z = np.float32(x * mult), np.float32(y * mult)
        return np.float32(z * np.float32(std) + np.float32(mean))

    def clear_normal(self):
        """Forget the cached second value of the polar method (a fresh ``normal_distribution``)."""
        self._spare = None

    def shuffle(self, seq):
        """``std::shuffle`` of a list in place (one swap position drawn per element)."""
        for i in range(1, len(seq)):
            j = self.randint(0, i)
            seq[i], seq[j] = seq[j], seq[i]
        return seq


# ---------------------------------------------------------------- OpenCV's warpAffine on uint8

_TAB = 32   # sub-pixel positions per pixel of the remap tables


def _cubic_coeffs(x):
    a = np.float32(-0.75)
    x = np.float32(x)
    c0 = ((a * (x + 1) - 5 * a) * (x + 1) + 8 * a) * (x + 1) - 4 * a
    c1 = ((a + 2) * x - (a + 3)) * x * x + 1
    c2 = ((a + 2) * (1 - x) - (a + 3)) * (1 - x) * (1 - x) + 1
    return [c0, c1, c2, np.float32(1) - c0 - c1 - c2]


def _lanczos_coeffs(x):
    if x < np.finfo(np.float32).eps:
        return [np.float32(v) for v in (0, 0, 0, 1, 0, 0, 0, 0)]
    s45 = 0.70710678118654752440084436210485
    cs = ((1, 0), (-s45, -s45), (0, 1), (s45, -s45), (-1, 0), (s45, s45), (0, -1), (-s45, s45))
    y0 = -(x + 3) * math.pi * 0.25
    s0, c0 = math.sin(y0), math.cos(y0)
    out = []
    for i in range(8):
        y = -(x + 3 - i) * math.pi * 0.25
        out.append(np.float32((cs[i][0] * s0 + cs[i][1] * c0) / (y * y)))
    total = np.float32(1) / np.float32(sum(out, np.float32(0)))
    return [np.float32(v * total) for v in out]


def _weight_table(interp):
    """The (32*32, k*k) int16 fixed-point weights OpenCV's remap uses, rows summing to 32768."""
    coeff = {1: lambda x: [np.float32(1) - np.float32(x), np.float32(x)], 2: _cubic_coeffs, 4: _lanczos_coeffs}[interp]
    one = [coeff(np.float32(i / _TAB)) for i in range(_TAB)]
    k = len(one[0])
    tab = np.zeros((_TAB * _TAB, k * k), np.int32)
    for i in range(_TAB):
        for j in range(_TAB):
            w = np.array([[np.float32(one[i][a] * one[j][b]) for b in range(k)] for a in range(k)], np.float32)
            itab = np.clip(np.rint(w * np.float32(32768)), -32768, 32767).astype(np.int32)
            diff = int(itab.sum()) - 32768
            # OpenCV's bilinear correction lands past the entry (and is overwritten), so only k > 2 adjusts
            if diff and k > 2:
                c = k // 2
                lo = hi = (c, c)
                for a in range(c, c + 2):
                    for b in range(c, c + 2):
                        if itab[a, b] < itab[lo]:
                            lo = (a, b)
                        elif itab[a, b] > itab[hi]:
                            hi = (a, b)
                itab[hi if diff < 0 else lo] -= diff
            tab[i * _TAB + j] = itab.ravel()
    return tab, k


_TABLES = {}


def _resize(img, out_w, out_h, interp):
    """``resize_hwc``; a 16-bit image (kept by a four-channel iterator) resized as OpenCV resizes one: with float
    weights, the result rounded."""
    if img.dtype == np.uint16:
        out = resize_hwc(img.astype(np.float32), out_w, out_h, interp)
        return np.clip(np.rint(out), 0, 65535).astype(np.uint16)
    return resize_hwc(img, out_w, out_h, interp)


def border_colour(fill, channels, dtype=np.uint8):
    """The border colour ``cv::Scalar(fill, fill, fill)`` that MXNet's core pads and warps with, per channel of an
    image of ``channels``: a fourth (alpha) channel takes the Scalar's fourth value, 0."""
    value = np.clip(fill, 0, np.iinfo(dtype).max)
    return np.array([value, value, value, 0][:channels], dtype)


def pad_border(img, top, bottom, left, right, fill):
    """``cv::copyMakeBorder(img, ..., BORDER_CONSTANT, cv::Scalar(fill, fill, fill))`` for uint8 H x W x C."""
    rows, cols, channels = img.shape
    out = np.empty((rows + top + bottom, cols + left + right, channels), img.dtype)
    out[...] = border_colour(fill, channels, img.dtype)
    out[top:top + rows, left:left + cols] = img
    return out


def warp_affine(img, m, out_w, out_h, interp, fill):
    """``cv::warpAffine(img, M, (out_w, out_h), interp, BORDER_CONSTANT, fill)`` for uint8 H x W x C."""
    if interp == 3:
        interp = 1      # OpenCV warps with bilinear weights when asked for area
    m = np.asarray(m, np.float32).astype(np.float64)
    d = m[0, 0] * m[1, 1] - m[0, 1] * m[1, 0]
    d = 1.0 / d if d != 0 else 0.0
    a11, a22 = m[1, 1] * d, m[0, 0] * d
    m01, m10 = -m[0, 1] * d, -m[1, 0] * d
    b1 = -a11 * m[0, 2] - m01 * m[1, 2]
    b2 = -m10 * m[0, 2] - a22 * m[1, 2]
    inv = (a11, m01, b1, m10, a22, b2)
    h, w, c = img.shape
    if out_w <= 0 or out_h <= 0:       # OpenCV reads an empty dsize as "the source's size"
        out_w, out_h = w, h
    xs, ys = np.arange(out_w, dtype=np.float64), np.arange(out_h, dtype=np.float64)
    sat = lambda v: np.clip(np.rint(v), -2 ** 31, 2 ** 31 - 1).astype(np.int64)
    adelta, bdelta = sat(inv[0] * xs * 1024), sat(inv[3] * xs * 1024)
    round_delta = 512 if interp == 0 else 16
    x0 = sat((inv[1] * ys + inv[2]) * 1024) + round_delta
    y0 = sat((inv[4] * ys + inv[5]) * 1024) + round_delta
    gx, gy = x0[:, None] + adelta[None, :], y0[:, None] + bdelta[None, :]
    fillv = border_colour(fill, c)
    if interp == 0:
        sx, sy = gx >> 10, gy >> 10
        inside = (sx >= 0) & (sx < w) & (sy >= 0) & (sy < h)
        out = np.full((out_h, out_w, c), fillv, np.uint8)
        out[inside] = img[sy[inside], sx[inside]]
        return out
    gx, gy = gx >> 5, gy >> 5
    sx, sy = gx >> 5, gy >> 5
    alpha = (gy & 31) * _TAB + (gx & 31)
    if interp not in _TABLES:
        _TABLES[interp] = _weight_table(interp)
    tab, k = _TABLES[interp]
    first = -(k // 2 - 1)
    padded = np.full((h + 2 * k, w + 2 * k, c), fillv, np.int64)
    padded[k:k + h, k:k + w] = img
    # taps outside the padded frame read the fill value, as OpenCV's constant border does
    px = np.clip(sx + first + k, 0, w + k)
    py = np.clip(sy + first + k, 0, h + k)
    acc = np.zeros((out_h, out_w, c), np.int64)
    weights = tab[alpha]
    for a in range(k):
        for b in range(k):
            acc += padded[py + a, px + b] * weights[..., a * k + b, None]
    return np.clip((acc + (1 << 14)) >> 15, 0, 255).astype(np.uint8)


# ---------------------------------------------------------------- OpenCV's HLS conversions on uint8

# OpenCV converts each row to HLS four pixels at a time; the last (width % 4) pixels of a row take its scalar code
_HLS_VECTOR_PIXELS = 4


def _bgr_to_hls(img):
    f = img.astype(np.float32) * np.float32(1 / 255.0)
    b, g, r = f[..., 0], f[..., 1], f[..., 2]
    vmax, vmin = np.maximum(np.maximum(r, g), b), np.minimum(np.minimum(r, g), b)
    diff = vmax - vmin
    l = (vmax + vmin) * np.float32(0.5)
    ok = diff > np.finfo(np.float32).eps
    with np.errstate(divide="ignore", invalid="ignore"):
        total = vmax + vmin
        # the vector code takes 2 - (vmax + vmin), the scalar code 2 - vmax - vmin: they can round apart
        far = np.float32(2) - total
        tail = img.shape[1] % _HLS_VECTOR_PIXELS
        if tail:
            far[:, -tail:] = (np.float32(2) - vmax[:, -tail:]) - vmin[:, -tail:]
        s = np.where(l < 0.5, diff / total, diff / far)
        scale = np.float32(60) / diff
        h = np.where(vmax == r, (g - b) * scale,
                     np.where(vmax == g, (b - r) * scale + np.float32(120), (r - g) * scale + np.float32(240)))
    h = np.where(h < 0, h + np.float32(360), h)
    h, s = np.where(ok, h, 0).astype(np.float32), np.where(ok, s, 0).astype(np.float32)
    out = np.stack([h * np.float32(0.5), l * np.float32(255), s * np.float32(255)], -1)
    return np.clip(np.rint(out), 0, 255).astype(np.int32)


def _hls_to_bgr(hls):
    h = hls[..., 0].astype(np.float32) * np.float32(6 / 180.0)
    l = hls[..., 1].astype(np.float32) * np.float32(1 / 255.0)
    s = hls[..., 2].astype(np.float32) * np.float32(1 / 255.0)
    p2 = np.where(l <= 0.5, l * (1 + s), l + s - l * s).astype(np.float32)
    p1 = (2 * l - p2).astype(np.float32)
    h = np.mod(h, np.float32(6))
    sector = np.floor(h).astype(np.int32) % 6
    h = (h - sector).astype(np.float32)
    tab = np.stack([p2, p1, p1 + (p2 - p1) * (1 - h), p1 + (p2 - p1) * h], -1).astype(np.float32)
    sectors = np.array([[1, 3, 0], [1, 0, 2], [3, 0, 1], [0, 2, 1], [0, 1, 3], [2, 1, 0]])
    bgr = np.take_along_axis(tab, sectors[sector], -1)
    bgr = np.where((s == 0)[..., None], l[..., None], bgr)
    return np.clip(np.rint(bgr * np.float32(255)), 0, 255).astype(np.uint8)


# the ImageNet RGB eigenvalues and eigenvectors (rows: R, G, B) of the lighting noise
_EIGVAL = np.array([55.46, 4.794, 1.148], np.float32)
_EIGVEC = np.array([[-0.5675, 0.7192, 0.4009], [-0.5808, -0.0045, -0.8140], [-0.5836, -0.6948, 0.4203]], np.float32)


def _gray(img):
    """OpenCV's fixed-point luma of the first three channels, weighted (0.299, 0.587, 0.114) in stored order."""
    c = img.astype(np.int64)
    return (c[..., 0] * 4899 + c[..., 1] * 9617 + c[..., 2] * 1868 + 8192) >> 14


# OpenCV's refusal to convert the colours of a one-channel image
_OPENCV_NOT_COLOUR = ("OpenCV(3.4.2) /work/mxnet/staticdeps/opencv-3.4.2/modules/imgproc/src/color.hpp:253: error: "
                      "(-215:Assertion failed) VScn::contains(scn) && VDcn::contains(dcn) && VDepth::contains(depth) "
                      "in function 'CvtHelper'")

# OpenCV's refusal to blend a four-channel image with the three-channel gray image of the colour jitter
_OPENCV_SIZES_DIFFER = ("OpenCV(3.4.2) /work/mxnet/staticdeps/opencv-3.4.2/modules/core/src/arithm.cpp:659: error: "
                        "(-209:Sizes of input arguments do not match) The operation is neither 'array op array' (where "
                        "arrays have the same size and the same number of channels), nor 'array op scalar', nor "
                        "'scalar op array' in function 'arithm_op'")


# ---------------------------------------------------------------- the default augmenter


def _num(opts, key, default, kind=float):
    value = opts.get(key, default)
    if value is None or value == "None":
        return None
    if kind is bool:
        return str(value).lower() in ("1", "true")
    return kind(float(value)) if kind is int else np.float32(value)


def _atoi(text):
    """C's ``atoi``: leading blanks, a sign and the digits after it; 0 where no digit follows."""
    match = re.match(r"\s*([+-]?\d+)", text)
    return int(match.group(1)) if match else 0


def _rotate_list(value):
    """The angles of ``rotate_list`` as the core reads its text (``str`` of what was passed): each comma-separated
    piece through ``atoi`` (so ``[0, 90]`` gives 0, 90 but ``[90, 0]`` gives 0, 0); an empty piece repeats the
    piece before it and skips the next character, as its scanf loop does."""
    if value is None:
        return []
    text, angles, at, piece = str(value), [], 0, ""
    while at < len(text):
        match = re.match(r"[^,]+", text[at:])
        piece = match.group(0) if match else piece
        at += len(piece) + 1
        angles.append(_atoi(piece))
    return angles


class DefaultAugmenter:
    """The core's ``aug_default`` augmenter for one iterator's parameters."""

    def __init__(self, name, opts, data_shape):
        self.name, self.shape = name, data_shape
        g = lambda key, default, kind=float: _num(opts, key, default, kind)
        self.resize = g("resize", -1, int)
        self.rand_crop = g("rand_crop", False, bool)
        self.rrc = g("random_resized_crop", False, bool)
        self.max_rotate = g("max_rotate_angle", 0, int)
        self.max_aspect = g("max_aspect_ratio", 0)
        self.min_aspect = g("min_aspect_ratio", None)
        self.max_shear = g("max_shear_ratio", 0)
        self.max_crop, self.min_crop = g("max_crop_size", -1, int), g("min_crop_size", -1, int)
        self.max_scale, self.min_scale = g("max_random_scale", 1), g("min_random_scale", 1)
        self.max_area, self.min_area = g("max_random_area", 1), g("min_random_area", 1)
        self.max_img, self.min_img = g("max_img_size", 1e10), g("min_img_size", 0)
        self.brightness, self.contrast = g("brightness", 0), g("contrast", 0)
        self.saturation, self.pca_noise = g("saturation", 0), g("pca_noise", 0)
        self.hls = (g("random_h", 0, int), g("random_s", 0, int), g("random_l", 0, int))
        self.rotate, self.fill = g("rotate", -1, int), g("fill_value", 255, int)
        self.rotate_list = _rotate_list(opts.get("rotate_list"))
        self.inter, self.pad = g("inter_method", 1, int), g("pad", 0, int)
        # with min_aspect_ratio the warp's aspect ratio is drawn from [min, max] (and a range other than
        # [1, 1] warps); without it from [1 - max, 1 + max]
        self.warp_aspect = self.max_aspect != 0 if self.min_aspect is None else \
            (self.min_aspect != 1 or self.max_aspect != 1)
        self.affine = (self.max_rotate > 0 or self.max_shear > 0 or self.rotate > 0 or bool(self.rotate_list)
                       or self.max_scale != 1 or self.min_scale != 1 or self.warp_aspect
                       or self.max_img != np.float32(1e10) or self.min_img != 0)
        # random_resized_crop draws the scale and aspect ratio itself, but a rotation, shear, scale range or size
        # bound still warps the image (at scale and ratio 1) before it crops
        self.warps_beside_rrc = (self.max_rotate > 0 or self.max_shear > 0 or self.rotate > 0 or bool(self.rotate_list)
                                 or self.max_scale != 1 or self.min_scale != 1
                                 or self.max_img != np.float32(1e10) or self.min_img != 0)
        # (checked by the core as it augments the first image)
        self.rrc_conflicts = self.rrc and (self.min_scale != 1 or self.max_scale != 1 or self.min_crop != -1
                                           or self.max_crop != -1 or self.rand_crop)

    def _check_inter(self, line, lowest):
        """The core's check of inter_method where it resizes (``lowest``: 0 where nearest is allowed, else 1)."""
        if not (lowest <= self.inter <= 4 or 9 <= self.inter <= 10):
            raise prefetcher_error(f"../src/io/image_aug_default.cc:{line}: Check failed: (param_.inter_method >= "
                                   f"{lowest} && param_.inter_method <= 4) || (param_.inter_method >= 9 && "
                                   "param_.inter_method <= 10): invalid inter_method: valid value 0,1,2,3,9,10")

    def _method(self, old_w, old_h, new_w, new_h, rng):
        if self.inter == 9:
            if new_w > old_w and new_h > old_h:
                return 2
            return 3 if new_w < old_w and new_h < old_h else 1
        if self.inter == 10:
            return rng.randint(0, 4)
        return self.inter

    def process(self, img, rng):
        """``img`` (H x W x C uint8, BGR(A) order) augmented with draws from ``rng``."""
        c, oh, ow = self.shape
        if self.resize != -1:
            self._check_inter(271, 0)
            rows, cols = img.shape[:2]
            nh, nw = (self.resize * rows // cols, self.resize) if rows > cols else \
                (self.resize, self.resize * cols // rows)
            img = _resize(img, nw, nh, self._method(cols, rows, nw, nh, rng))
        cropped = False
        if self.affine and (not self.rrc or self.warps_beside_rrc):
            img = self._warp(img, rng)
        if self.rrc_conflicts:
            raise prefetcher_error(
                "../src/io/image_aug_default.cc:352: Check failed: param_.min_random_scale == 1.0f && "
                "param_.max_random_scale == 1.0f && param_.min_crop_size == -1 && param_.max_crop_size == -1 && "
                "!param_.rand_crop: \nSetting random_resized_crop to true conflicts with min_random_scale, "
                "max_random_scale, min_crop_size, max_crop_size, and rand_crop.\n")
        if self.pad > 0:        # before random_resized_crop, which may crop from the border
            p = self.pad
            img = pad_border(img, p, p, p, p, self.fill)
        if self.rrc:
            if self.max_area != 1 or self.min_area != 1 or self.max_aspect != 0 or self.min_aspect is not None:
                img, cropped = self._random_resized_crop(img, rng)
        if not cropped:
            img = self._crop(img, rng, oh, ow)
        jitter = self.brightness > 0 or self.contrast > 0 or self.saturation > 0
        if (jitter or any(self.hls)) and img.shape[2] == 1:    # their colour conversions need 3 channels
            raise MXNetError(_OPENCV_NOT_COLOUR)
        if jitter and img.shape[2] == 4:
            raise MXNetError(_OPENCV_SIZES_DIFFER)
        if any(self.hls) and img.dtype != np.uint8:     # (a 16-bit image: OpenCV's HLS takes 8-bit or float)
            raise MXNetError(_OPENCV_NOT_COLOUR)
        if jitter:
            img = self._jitter(img, rng)
        if any(self.hls) and img.shape[2] == 3:     # MXNet's build shifts HLS after the colour jitter
            img = self._shift_hls(img, rng)
        if self.pca_noise > 0:
            img = self._lighting(img, rng)
        return img

    def _random_resized_crop(self, img, rng):
        c, oh, ow = self.shape
        if self.min_aspect is not None:
            lo, hi = self.min_aspect, self.max_aspect
        else:
            lo, hi = np.float32(1) - self.max_aspect, np.float32(1) + self.max_aspect
        for line, ok, condition in ((360, lo > 0, "min_aspect_ratio > 0.0f"),
                                    (361, self.min_area <= self.max_area,
                                     "param_.min_random_area <= param_.max_random_area"),
                                    (362, lo <= hi, "min_aspect_ratio <= max_aspect_ratio")):
            if not ok:
                raise prefetcher_error(f"../src/io/image_aug_default.cc:{line}: Check failed: {condition}: ")
        rows, cols = img.shape[:2]
        area = np.float32(rows * cols)
        for _ in range(10):
            target = area * rng.uniform(self.min_area, self.max_area)
            ratio = rng.uniform(lo, hi)
            h = int(round(float(np.sqrt(np.float32(target / ratio)))))
            w = int(round(float(np.sqrt(np.float32(target * ratio)))))
            if rng.uniform() > 0.5:
                h, w = w, h
            if h <= rows and w <= cols:
                y, x = rng.randint(0, rows - h), rng.randint(0, cols - w)
                method = self._method(w, h, ow, oh, rng)
                return _resize(img[y:y + h, x:x + w], ow, oh, method), True
        return img, False

    def _warp(self, img, rng):
        f32 = np.float32
        shear = rng.uniform() * self.max_shear * f32(2) - self.max_shear
        angle = rng.randint(-self.max_rotate, self.max_rotate)
        if self.rotate > 0:
            angle = self.rotate
        if self.rotate_list:
            angle = self.rotate_list[rng.randint(0, len(self.rotate_list) - 1)]
        a, b = f32(math.cos(angle / 180.0 * math.pi)), f32(math.sin(angle / 180.0 * math.pi))
        if self.rrc:        # random_resized_crop draws the scale and aspect ratio itself
            scale = ratio = f32(1)
        else:
            scale = rng.uniform() * (self.max_scale - self.min_scale) + self.min_scale
            if self.min_aspect is None:
                ratio = rng.uniform() * self.max_aspect * f32(2) - self.max_aspect + f32(1)
            else:
                ratio = rng.uniform(self.min_aspect, self.max_aspect)
        hs = f32(2) * scale / (f32(1) + ratio)
        ws = ratio * hs
        rows, cols = img.shape[:2]
        new_w = max(self.min_img, min(self.max_img, f32(scale * f32(cols))))
        new_h = max(self.min_img, min(self.max_img, f32(scale * f32(rows))))
        m = np.zeros((2, 3), np.float32)
        m[0, 0], m[1, 0] = hs * a - shear * b * ws, -b * ws
        m[0, 1], m[1, 1] = hs * b + shear * a * ws, a * ws
        cw = f32(m[0, 0] * f32(cols) + m[0, 1] * f32(rows))
        ch = f32(m[1, 0] * f32(cols) + m[1, 1] * f32(rows))
        m[0, 2], m[1, 2] = (new_w - cw) / f32(2), (new_h - ch) / f32(2)
        out_w, out_h = int(new_w), int(new_h)
        self._check_inter(328, 1)
        method = self._method(cols, rows, out_w, out_h, rng)
        return warp_affine(img, m, out_w, out_h, method, self.fill)

    def _crop(self, img, rng, oh, ow):
        rows, cols = img.shape[:2]
        if self.max_crop != -1 or self.min_crop != -1:
            if not (cols >= self.max_crop and rows >= self.max_crop and self.max_crop >= self.min_crop):
                raise MXNetError("Check failed: res.cols >= param_.max_crop_size && res.rows >= "
                                 "param_.max_crop_size && param_.max_crop_size >= param_.min_crop_size: input image "
                                 "size smaller than max_crop_size")
            size = rng.randint(self.min_crop, self.max_crop)
            y, x = rows - size, cols - size
            if self.rand_crop:
                y, x = rng.randint(0, y), rng.randint(0, x)
            else:
                y, x = y // 2, x // 2
            method = self._method(size, size, ow, oh, rng)
            if size <= 0:       # a min_crop_size left at -1 lets the drawn size be empty or negative
                raise MXNetError(OPENCV_EMPTY if size == 0 else _OPENCV_BAD_ROI)
            return _resize(img[y:y + size, x:x + size], ow, oh, method)
        # an image smaller than the crop is enlarged (aspect kept): first to the height, then the width;
        # the core picks the method (a draw for inter_method 10) whether or not it enlarges
        method = self._method(cols, rows, ow, oh, rng)
        if rows < oh:
            img = _resize(img, cols * oh // rows, oh, method)
            rows, cols = img.shape[:2]
        if cols < ow:
            img = _resize(img, ow, rows * ow // cols, method)
            rows, cols = img.shape[:2]
        if rows < oh or cols < ow:
            raise MXNetError(f"{self.name}: input image size {cols}x{rows} smaller than input shape {ow}x{oh}")
        y, x = rows - oh, cols - ow
        if self.rand_crop:
            y, x = rng.randint(0, y), rng.randint(0, x)
        else:
            y, x = y // 2, x // 2
        return img[y:y + oh, x:x + ow]

    def _shift_hls(self, img, rng):
        """Integer shifts of the 8-bit H, L and S channels (conversions as OpenCV's); each shift's uniform
        is (u + 4 u') / 5 of two draws, which keeps extreme shifts rare, as in MXNet's build."""
        f32 = np.float32
        rh, rs, rl = self.hls
        dh, ds, dl = (int(f32(f32(rng.uniform() + f32(4) * rng.uniform()) / f32(5)) * f32(r * 2) - f32(r))
                      for r in (rh, rs, rl))
        hls = _bgr_to_hls(img) + np.array([dh, dl, ds], np.int32)
        hls = np.clip(hls, 0, np.array([180, 255, 255]))
        return _hls_to_bgr(hls)

    def _jitter(self, img, rng):
        """Brightness, contrast and saturation, applied in a random order, then PCA lighting noise."""
        f32 = np.float32
        alphas = [f32(1) + (rng.uniform() * v * f32(2) - v) for v in (self.brightness, self.contrast, self.saturation)]
        order = rng.shuffle([0, 1, 2])
        for op in order:
            alpha = alphas[op]
            x = img.astype(np.float32)
            if op == 0:
                x = x * alpha
            elif op == 1:
                x = x * alpha + f32(_gray(img).mean()) * (f32(1) - alpha)
            else:
                x = x * alpha + _gray(img)[..., None].astype(np.float32) * (f32(1) - alpha)
            img = np.clip(np.rint(x), 0, 255).astype(np.uint8)
        return img

    def _lighting(self, img, rng):
        """AlexNet-style PCA lighting noise: one RGB offset per image from three normal draws."""
        rng.clear_normal()      # the core's normal distribution lives for one image
        alpha = [rng.normal(0, self.pca_noise) for _ in range(3)]
        offset = [np.float32(0)] * 3
        for i in range(3):
            for j in range(3):
                offset[i] = np.float32(offset[i] + _EIGVEC[i][j] * np.float32(alpha[j] * _EIGVAL[j]))
        return _add_as_bgr_pixels(img, np.array(offset[::-1], np.float32))


def _add_as_bgr_pixels(img, bgr):
    """``img`` with the (B, G, R) offset ``bgr`` added as MXNet's core adds it: pixel by pixel as if every image had
    three channels. Row i's loop writes 3 * width bytes from the row's start, the channel going round every byte: a
    four-channel row takes them out of step with its pixels, and a gray row runs on into the next two rows of its
    buffer (rows ``step`` bytes apart), so those bytes take up to three offsets, each floored and clipped in turn."""
    rows, cols, chans = img.shape
    size = img.itemsize         # (a 16-bit image's bytes take the offsets as they come)
    width = cols * chans * size                                             # the bytes of one row
    packed = img.strides[1] == chans * size and (chans == 1 or img.strides[2] == size)
    step = img.strides[0] if packed else width          # (a crop keeps its source's rows)
    span = 3 * cols
    out = np.ascontiguousarray(img).view(np.uint8).reshape(rows, width).astype(np.float32)
    for ahead in (2, 1, 0):     # a byte takes the offset of the row two above first, its own row's last
        n = min(width, span - ahead * step)
        if n > 0:
            channel = (ahead * step + np.arange(n)) % 3
            out[ahead:, :n] = np.clip(np.floor(out[ahead:, :n] + bgr[channel]), 0, 255)
    return out.astype(np.uint8).view(img.dtype).reshape(rows, cols, chans)


# ---------------------------------------------------------------- the detection augmenter

def _check_det_params(*checks):
    """The detection augmenter's checks of its parameters: (source line, passed, condition, lhs, rhs) each."""
    for line, ok, condition, lhs, rhs in checks:
        if not ok:      # (the values as C++ streams a float)
            raise located(MXNetError(f"Check failed: {condition} ({float(lhs):g} vs. {float(rhs):g}) : "),
                          (_DET_AUG_SOURCE, line))


def _floats(value, n):
    """A per-sampler tuple parameter (a number or a tuple, as MXNet accepts) broadcast to ``n`` values: one
    sampler takes exactly one value, several take one (shared) or one each; none ignore the values."""
    if isinstance(value, str):
        value = [v for v in value.strip("()[] ").split(",") if v.strip()]
    vals = [np.float32(v) for v in np.atleast_1d(np.asarray(value, dtype=np.float64))]
    if n == 1 and len(vals) != 1:
        raise located(MXNetError(f"Check failed: param->ndim() == 1 ({len(vals)} vs. 1) : "), (_DET_AUG_SOURCE, 466))
    if n > 1 and len(vals) not in (1, n):
        raise located(MXNetError(f"Check failed: param->ndim() == num_sampler ({len(vals)} vs. {n}) : # of "
                                 "parameters/crop_samplers mismatch "), (_DET_AUG_SOURCE, 472))
    return vals * n if len(vals) == 1 else vals[:max(n, 0)]


def _intersect(a, b):
    """The intersection (x, y, w, h) of two float rectangles, empty as all zeros."""
    x, y = max(a[0], b[0]), max(a[1], b[1])
    w = np.float32(min(np.float32(a[0] + a[2]), np.float32(b[0] + b[2])) - x)
    h = np.float32(min(np.float32(a[1] + a[3]), np.float32(b[1] + b[3])) - y)
    return (x, y, w, h) if w > 0 and h > 0 else (np.float32(0),) * 4


def _bounded(limits):
    """Whether a (min, max) crop constraint restricts anything (the core skips [0, 1])."""
    return limits[0] > 0 or limits[1] < 1


def _admits(limits, value):
    return not _bounded(limits) or limits[0] <= value <= limits[1]


def _area(r):
    return np.float32(r[2] * r[3])


def _check_label(ok, line, condition, lhs, rhs):
    """The detection augmenter's check of a record's label, failed in the parser's thread (inside the
    prefetcher's, which logs it again)."""
    if not ok:
        raise prefetcher_error(f"../include/dmlc/threadediter.h:500: {log_time()} "
                               f"../src/io/image_det_aug_default.cc:{line}: Check failed: {condition} ({lhs} vs. "
                               f"{rhs}) : \n\n")


class DetLabel:
    """A detection label ``[header width, object width, extra header..., objects...]`` as boxes."""

    def __init__(self, raw):
        raw = [np.float32(v) for v in raw]
        _check_label(len(raw) >= 7, 259, "label_width >= 7", len(raw), 7)
        head, self.width = int(raw[0]), int(raw[1])
        _check_label(head >= 2, 261, "header_width >= 2", head, 2)
        _check_label(self.width >= 5, 263, "object_width_ >= 5", self.width, 5)
        _check_label((len(raw) - head) % self.width == 0, 266, "(label_width - header_width) % object_width_ == 0",
                     (len(raw) - head) % self.width, 0)
        self.header = raw[:head]
        self.objects = []
        for i in range(head, len(raw), self.width):
            obj = raw[i:i + self.width]
            if obj[3] > obj[1] and obj[4] > obj[2]:
                self.objects.append(obj)

    def to_list(self):
        """The raw label after the changes."""
        return self.header + [v for obj in self.objects for v in obj]

    @staticmethod
    def _project(obj, box):
        f32 = np.float32
        out = list(obj)
        out[1] = max(f32(0), f32((obj[1] - box[0]) / box[2]))
        out[2] = max(f32(0), f32((obj[2] - box[1]) / box[3]))
        out[3] = min(f32(1), f32((obj[3] - box[0]) / box[2]))
        out[4] = min(f32(1), f32((obj[4] - box[1]) / box[3]))
        return out

    def mirror(self):
        for obj in self.objects:
            obj[1], obj[3] = np.float32(1) - obj[3], np.float32(1) - obj[1]

    def pad(self, box):
        self.objects = [self._project(obj, box) for obj in self.objects]

    def try_crop(self, box, overlap, sample_cov, object_cov, mode, thresh):
        """Crop to ``box`` if some object meets every bounded overlap/coverage constraint (none bounded: any box)."""
        if not self.objects:
            return True
        f32 = np.float32
        if any(_bounded(r) for r in (overlap, sample_cov, object_cov)):
            for obj in self.objects:
                gt = (obj[1], obj[2], f32(obj[3] - obj[1]), f32(obj[4] - obj[2]))
                inter = _area(_intersect(box, gt))
                iou = f32(0) if inter <= 0 else f32(inter / f32(_area(box) + _area(gt) - inter))
                if _admits(overlap, iou) and _admits(sample_cov, f32(inter / _area(box))) \
                        and _admits(object_cov, f32(inter / _area(gt))):
                    break
            else:
                return False
        kept = []
        for obj in self.objects:
            if mode == "center":
                cx, cy = f32((obj[1] + obj[3]) * f32(0.5)), f32((obj[2] + obj[4]) * f32(0.5))
                if box[0] <= cx < f32(box[0] + box[2]) and box[1] <= cy < f32(box[1] + box[3]):
                    kept.append(self._project(obj, box))
            else:
                gt = (obj[1], obj[2], f32(obj[3] - obj[1]), f32(obj[4] - obj[2]))
                if f32(_area(_intersect(box, gt)) / _area(gt)) > thresh:
                    kept.append(self._project(obj, box))
        if not kept:
            return False
        self.objects = kept
        return True


_DET_AUG_SOURCE = "../src/io/image_det_aug_default.cc"


class DetAugmenter(DefaultAugmenter):
    """The core's ``det_aug_default`` augmenter: colour, mirror, pad and crop that keep boxes valid."""

    def __init__(self, name, opts, data_shape):
        self.name, self.shape = name, data_shape
        g = lambda key, default, kind=float: _num(opts, key, default, kind)
        self.resize, self.inter = g("resize", -1, int), g("inter_method", 1, int)
        if not (0 <= self.inter <= 4 or 9 <= self.inter <= 10):
            raise located(MXNetError("Check failed: (param_.inter_method >= 0 && param_.inter_method <= 4) || "
                                     "(param_.inter_method >= 9 && param_.inter_method <= 10): invalid inter_method: "
                                     "valid value 0,1,2,3,9,10"), (_DET_AUG_SOURCE, 413))
        self.fill = g("fill_value", 127, int)
        self.hue, self.hue_prob = g("max_random_hue", 0, int), g("random_hue_prob", 0)
        self.sat, self.sat_prob = g("max_random_saturation", 0, int), g("random_saturation_prob", 0)
        self.ill, self.ill_prob = g("max_random_illumination", 0, int), g("random_illumination_prob", 0)
        self.con, self.con_prob = g("max_random_contrast", 0), g("random_contrast_prob", 0)
        self.mirror_prob, self.pad_prob = g("rand_mirror_prob", 0), g("rand_pad_prob", 0)
        self.max_pad = g("max_pad_scale", 1)
        self.crop_prob, n = g("rand_crop_prob", 0), g("num_crop_sampler", 1, int)
        self.samplers = n
        get = lambda key, default: _floats(opts.get(key, default), n)
        self.scales = list(zip(get("min_crop_scales", 0), get("max_crop_scales", 1)))
        self.ratios = list(zip(get("min_crop_aspect_ratios", 1), get("max_crop_aspect_ratios", 1)))
        self.overlaps = list(zip(get("min_crop_overlaps", 0), get("max_crop_overlaps", 1)))
        self.sample_covs = list(zip(get("min_crop_sample_coverages", 0), get("max_crop_sample_coverages", 1)))
        self.object_covs = list(zip(get("min_crop_object_coverages", 0), get("max_crop_object_coverages", 1)))
        self.trials = [int(v) for v in get("max_crop_trials", 25)]
        self.emit_mode = str(opts.get("crop_emit_mode", "center"))
        self.emit_thresh = g("emit_overlap_thresh", 0.3)
        self.resize_mode = str(opts.get("resize_mode", "force"))
        if self.resize_mode not in ("force", "shrink", "fit"):
            raise MXNetError(f"Invalid Input: '{self.resize_mode}', valid values are: {{'fit', 'force', 'shrink'}}")
        for (lo, hi), (rlo, rhi), (olo, ohi), (slo, shi), (blo, bhi) in zip(
                self.scales, self.ratios, self.overlaps, self.sample_covs, self.object_covs):
            _check_det_params(
                (429, lo >= 0, "param_.min_crop_scales[i] >= 0.0f", lo, 0),
                (430, hi <= 1, "param_.max_crop_scales[i] <= 1.0f", hi, 1),
                (431, hi > lo, "param_.max_crop_scales[i] > param_.min_crop_scales[i]", hi, lo),
                (432, rlo >= 0, "param_.min_crop_aspect_ratios[i] >= 0.0f", rlo, 0),
                (433, rhi >= rlo, "param_.max_crop_aspect_ratios[i] >= param_.min_crop_aspect_ratios[i]", rhi, rlo),
                (434, ohi >= olo, "param_.max_crop_overlaps[i] >= param_.min_crop_overlaps[i]", ohi, olo),
                (435, shi >= slo, "param_.max_crop_sample_coverages[i] >= param_.min_crop_sample_coverages[i]",
                 shi, slo),
                (436, bhi >= blo, "param_.max_crop_object_coverages[i] >= param_.min_crop_object_coverages[i]",
                 bhi, blo))
        _check_det_params((438, self.emit_thresh >= 0, "param_.emit_overlap_thresh >= 0.0f", self.emit_thresh, 0))

    def process_det(self, img, raw_label, rng):
        """(augmented image, raw label list) of one record."""
        f32 = np.float32
        c, oh, ow = self.shape
        if self.resize != -1:
            rows, cols = img.shape[:2]
            nh, nw = (self.resize * rows // cols, self.resize) if rows > cols else \
                (self.resize, self.resize * cols // rows)
            img = _resize(img, nw, nh, self._method(cols, rows, nw, nh, rng))
        label = DetLabel(raw_label)
        if self.hue_prob > 0 or self.sat_prob > 0 or self.ill_prob > 0 or self.con_prob > 0:
            h = int(rng.uniform(-1, 1) * f32(self.hue))
            s = int(rng.uniform(-1, 1) * f32(self.sat))
            l = int(rng.uniform(-1, 1) * f32(self.ill))
            con = rng.uniform(-1, 1) * self.con
            h = h if rng.uniform() < self.hue_prob else 0
            s = s if rng.uniform() < self.sat_prob else 0
            l = l if rng.uniform() < self.ill_prob else 0
            con = con if rng.uniform() < self.con_prob else f32(0)
            if (h or s or l) and img.shape[2] == 1:
                raise MXNetError(_OPENCV_NOT_COLOUR)
            if (h or s or l) and img.shape[2] == 3:
                hls = np.clip(_bgr_to_hls(img) + np.array([h, l, s], np.int32), 0, np.array([180, 255, 255]))
                img = _hls_to_bgr(hls)
            if abs(con) > 1e-3:
                img = np.clip(np.rint(img.astype(np.float32) * (con + f32(1))), 0, 255).astype(np.uint8)
        if self.mirror_prob > 0 and rng.uniform() < self.mirror_prob:
            label.mirror()
            img = img[:, ::-1]
        if self.pad_prob > 0 and self.max_pad > 1 and rng.uniform() < self.pad_prob:
            img = self._pad(img, label, rng)
        if self.crop_prob > 0 and self.samplers > 0 and rng.uniform() < self.crop_prob:
            img = self._crop_det(img, label, rng)
        return self._fit(np.ascontiguousarray(img), rng), label.to_list()

    def _fit(self, img, rng):
        """The final resize: to ``data_shape`` (force), or aspect kept within it (fit; shrink only shrinks)."""
        c, oh, ow = self.shape
        rows, cols = img.shape[:2]
        if self.resize_mode == "force":
            return _resize(img, ow, oh, self._method(cols, rows, ow, oh, rng))
        if self.resize_mode == "shrink" and rows <= oh and cols <= ow:
            return img
        ratio = min(np.float32(oh) / np.float32(rows), np.float32(ow) / np.float32(cols))
        nh, nw = int(np.float32(ratio * np.float32(rows))), int(np.float32(ratio * np.float32(cols)))
        return _resize(img, nw, nh, self._method(cols, rows, nw, nh, rng))

    def _pad(self, img, label, rng):
        f32 = np.float32
        scale = rng.uniform(1, self.max_pad)
        if scale < f32(1.05):
            return img
        x0, y0 = rng.uniform(0, scale - f32(1)), rng.uniform(0, scale - f32(1))
        box = (-x0, -y0, scale, scale)
        label.pad(box)
        rows, cols = img.shape[:2]
        left, top = int(f32(x0 * f32(cols))), int(f32(y0 * f32(rows)))
        right = int(f32(f32(scale - x0 - f32(1)) * f32(cols)))
        bottom = int(f32(f32(scale - y0 - f32(1)) * f32(rows)))
        return pad_border(img, top, bottom, left, right, self.fill)

    def _crop_box(self, k, rng, img_ratio):
        f32 = np.float32
        (lo, hi), (rlo, rhi) = self.scales[k], self.ratios[k]
        scale = f32(rng.uniform(lo, hi) + f32(1e-12))
        min_ratio = max(f32(rlo / img_ratio), f32(scale * scale))
        max_ratio = min(f32(rhi / img_ratio), f32(1.0 / float(f32(scale * scale))))
        ratio = f32(math.sqrt(rng.uniform(min_ratio, max_ratio)))
        w, h = min(f32(1), f32(scale * ratio)), min(f32(1), f32(scale / ratio))
        x0, y0 = rng.uniform(0, f32(1) - w), rng.uniform(0, f32(1) - h)
        return (x0, y0, w, h)

    def _crop_det(self, img, label, rng):
        f32 = np.float32
        order = rng.shuffle(list(range(self.samplers)))
        for k in order:
            for _ in range(self.trials[k]):
                rows, cols = img.shape[:2]
                box = self._crop_box(k, rng, f32(f32(cols) / f32(rows)))
                if label.try_crop(box, self.overlaps[k], self.sample_covs[k], self.object_covs[k],
                                  self.emit_mode, self.emit_thresh):
                    left, top = int(f32(box[0] * f32(cols))), int(f32(box[1] * f32(rows)))
                    w, h = int(f32(box[2] * f32(cols))), int(f32(box[3] * f32(rows)))
                    return img[top:top + h, left:left + w]
        return img
