"""Image resizing on H x W x C numpy arrays, with OpenCV's pixel conventions and rounding (as MXNet uses).

interp is OpenCV's code: 0 nearest, 2 bicubic, 3 area (averaging when shrinking), 4 Lanczos (8 taps),
5 bit-exact bilinear for uint8 (bilinear for other types), any other bilinear.
"""
import numpy as np

from ....base import MXNetError

_COEF_BITS = 11                      # uint8 bilinear weights are fixed point, 2**11 = 1.0
_COEF_SCALE = 1 << _COEF_BITS


def _scale(out_len, in_len):
    """Source pixels per output pixel as OpenCV holds it: the inverse of out / in (not in / out, which
    differs in the last bit and moves a floor now and then)."""
    return 1.0 / (out_len / in_len)


def _nearest_index(out_len, in_len):
    scale = _scale(out_len, in_len)
    return np.minimum(np.floor(np.arange(out_len) * scale).astype(np.int64), in_len - 1)


def _linear_taps(out_len, in_len, zero_borders=True, area=False):
    """Source indices and right weight per output position, with clamped borders.

    Bilinear uses half-pixel centres; area mode (an area resize that enlarges) puts the weight on
    the source pixel boundaries instead. OpenCV zeroes the weight past a border along x, but along y
    it keeps the weights and clamps the row indices, which changes the rounding in the edge rows.
    """
    scale = _scale(out_len, in_len)
    dst = np.arange(out_len)
    if area:
        left = np.floor(dst * scale).astype(np.int64)
        frac = ((dst + 1) - (left + 1) * (out_len / in_len)).astype(np.float32)
        frac = np.where(frac <= 0, np.float32(0), frac - np.floor(frac)).astype(np.float32)
    else:
        src = ((dst + 0.5) * scale - 0.5).astype(np.float32)
        left = np.floor(src).astype(np.int64)
        frac = (src - left).astype(np.float32)
    if zero_borders:
        frac[left < 0] = 0.0
        frac[left >= in_len - 1] = 0.0
    right = np.clip(left + 1, 0, in_len - 1)
    return np.clip(left, 0, in_len - 1), right, frac


def _work_type(img):
    """OpenCV's accumulation type: double for float64 images, else float (weights are always float)."""
    return np.float64 if img.dtype == np.float64 else np.float32


def _resize_nearest(img, out_h, out_w):
    """Nearest neighbour. OpenCV copies a pixel of an odd byte size (not 1, 2, 3, 6 or a multiple of 4) as
    whole 4-byte words, so its last ``size % 4`` bytes stay as the fresh output had them: zero."""
    out = img[_nearest_index(out_h, img.shape[0])][:, _nearest_index(out_w, img.shape[1])]
    pixel_bytes = img.itemsize * img.shape[2]
    if pixel_bytes % 4 and pixel_bytes not in (1, 2, 3, 6):
        copied = pixel_bytes // 4 * 4 // img.itemsize
        out[:, :, copied:] = 0
    return out


def _resize_linear(img, out_h, out_w, area=False):
    y0, y1, fy = _linear_taps(out_h, img.shape[0], zero_borders=False, area=area)
    x0, x1, fx = _linear_taps(out_w, img.shape[1], area=area)
    if img.dtype == np.uint8:
        return _blend_uint8(img, (y0, y1, fy), (x0, x1, fx))
    return _blend_float(img, (y0, y1, fy), (x0, fx))


def _blend_float(img, ytaps, xtaps):
    """Bilinear blending in OpenCV's float work type."""
    (y0, y1, fy), (x0, fx) = ytaps, xtaps
    work = _work_type(img)
    src = img.astype(work)
    ax0, ax1 = (np.float32(1) - fx).astype(work)[None, :, None], fx.astype(work)[None, :, None]
    ay0, ay1 = (np.float32(1) - fy).astype(work)[:, None, None], fy.astype(work)[:, None, None]
    # OpenCV blends with the next pixel (weight 0) at the left border, and copies the pixel (one product)
    # from the first position whose right neighbour is past the edge: this decides signed zeros, inf * 0
    at_edge = x0 >= img.shape[1] - 1
    single = int(np.argmax(at_edge)) if at_edge.any() else len(x0)
    ahead = np.minimum(x0 + 1, img.shape[1] - 1)
    rows = np.empty((img.shape[0], len(x0), img.shape[2]), work)
    rows[:, :single] = src[:, x0[:single]] * ax0[:, :single] + src[:, ahead[:single]] * ax1[:, :single]
    rows[:, single:] = src[:, x0[single:]] * work(1)
    return (rows[y0] * ay0 + rows[y1] * ay1).astype(img.dtype)


def _horizontal_fixed(img, rows, columns, weights):
    """Integer horizontal pass over the source ``rows``: (len(rows), out_w * C) sums of the pixels at
    ``columns`` (out_w, taps) times the fixed-point ``weights`` (out_w, taps), in int32.

    Works on (H, W * C) views with flat column indices, which numpy gathers far faster than 3-D fancy
    indexing; int32 holds every sum (255 * 2048 * the taps' total weight).
    """
    h, w, c = img.shape
    src = img.reshape(h, w * c)[rows].astype(np.int32)
    channel = np.arange(c)
    acc = None
    for k in range(columns.shape[1]):
        term = np.take(src, (columns[:, k, None] * c + channel).ravel(), axis=1)
        term *= np.repeat(weights[:, k].astype(np.int32), c)
        acc = term if acc is None else acc + term
    return acc


def _blend_uint8(img, ytaps, xtaps):
    (y0, y1, fy), (x0, x1, fx) = ytaps, xtaps
    ax1 = np.round(fx * _COEF_SCALE).astype(np.int32)
    ay1 = np.round(fy * _COEF_SCALE).astype(np.int32)
    ax0, ay0 = _COEF_SCALE - ax1, _COEF_SCALE - ay1
    used = np.unique(np.concatenate([y0, y1]))      # only the source rows some output row reads
    where = np.zeros(img.shape[0], np.int64)
    where[used] = np.arange(len(used))
    rows = _horizontal_fixed(img, used, np.stack([x0, x1], 1), np.stack([ax0, ax1], 1))
    # the vertical pass rounds as OpenCV's vectorised path does: rows >> 4, 16-bit high products, then >> 2
    rows >>= 4
    top = np.take(rows, where[y0], axis=0)
    top *= ay0[:, None]
    top >>= 16
    bottom = np.take(rows, where[y1], axis=0)
    bottom *= ay1[:, None]
    bottom >>= 16
    top += bottom
    top += 2
    top >>= 2
    return np.clip(top, 0, 255).astype(np.uint8).reshape(len(y0), len(x0), img.shape[2])


# OpenCV's INTER_LINEAR_EXACT weighs in fixed point of 8 fraction bits for 8-bit pixels, 32 for 32-bit ints
_EXACT_FRACTION_BITS = {np.dtype(np.uint8): 8, np.dtype(np.int32): 32}


def _exact_taps(out_len, in_len, bits):
    """Bit-exact bilinear taps (OpenCV's INTER_LINEAR_EXACT): left and right source indices and their
    weights in fixed point of ``bits`` fraction bits (summing to 1); past a border both weights go to the
    edge pixel."""
    one = 1 << bits
    pos = (np.arange(out_len) + 0.5) * _scale(out_len, in_len) - 0.5
    left = np.floor(pos).astype(np.int64)
    right_weight = np.rint((pos - left) * one).astype(np.int64)     # OpenCV rounds half to even here
    right_weight[(left < 0) | (left >= in_len - 1)] = 0
    left = np.clip(left, 0, in_len - 1)
    return left, np.minimum(left + 1, in_len - 1), one - right_weight, right_weight


def _resize_linear_exact(img, out_h, out_w):
    """Bilinear in integers: fixed-point rows, then the vertical pass, rounded (half up) once. 32-bit
    pixels times 32-bit weights twice overflow int64, so they are summed as Python ints."""
    bits = _EXACT_FRACTION_BITS[img.dtype]
    work = np.int64 if bits == 8 else object
    x0, x1, wx0, wx1 = _exact_taps(out_w, img.shape[1], bits)
    y0, y1, wy0, wy1 = _exact_taps(out_h, img.shape[0], bits)
    src = img.astype(work)
    rows = src[:, x0] * wx0.astype(work)[None, :, None] + src[:, x1] * wx1.astype(work)[None, :, None]
    out = rows[y0] * wy0.astype(work)[:, None, None] + rows[y1] * wy1.astype(work)[:, None, None]
    return ((out + (1 << (2 * bits - 1))) >> (2 * bits)).astype(img.dtype)


def _cubic_taps(out_len, in_len):
    """Four clamped source indices and their weights (A = -0.75) per output position."""
    a = np.float32(-0.75)
    src = ((np.arange(out_len) + 0.5) * _scale(out_len, in_len) - 0.5).astype(np.float32)
    left = np.floor(src).astype(np.int64)
    x = (src - left).astype(np.float32)
    c0 = ((a * (x + 1) - 5 * a) * (x + 1) + 8 * a) * (x + 1) - 4 * a
    c1 = ((a + 2) * x - (a + 3)) * x * x + 1
    c2 = ((a + 2) * (1 - x) - (a + 3)) * (1 - x) * (1 - x) + 1
    weights = np.stack([c0, c1, c2, 1 - c0 - c1 - c2], axis=1).astype(np.float32)
    index = np.clip(left[:, None] + np.arange(-1, 3)[None, :], 0, in_len - 1)
    return index, weights


_S45 = 0.70710678118654752440084436210485
_LANCZOS_CS = ((1, 0), (-_S45, -_S45), (0, 1), (_S45, -_S45), (-1, 0), (_S45, _S45), (0, -1), (-_S45, _S45))


def _lanczos_taps(out_len, in_len):
    """Eight clamped source indices and OpenCV's normalised Lanczos-4 weights per output position."""
    src = ((np.arange(out_len) + 0.5) * _scale(out_len, in_len) - 0.5).astype(np.float32)
    left = np.floor(src).astype(np.int64)
    weights = np.zeros((out_len, 8), np.float32)
    for d, x in enumerate((src - left).astype(np.float32)):
        if x < np.finfo(np.float32).eps:
            weights[d, 3] = 1
            continue
        # x + 3 - i is float arithmetic; the angle and the weights are double, then stored as float
        y0 = -float(x + np.float32(3)) * np.pi * 0.25
        s0, c0 = np.sin(y0), np.cos(y0)
        total = np.float32(0)
        for i, (cs, cc) in enumerate(_LANCZOS_CS):
            y = -float(x + np.float32(3) - np.float32(i)) * np.pi * 0.25
            weights[d, i] = np.float32((cs * s0 + cc * c0) / (y * y))
            total = np.float32(total + weights[d, i])       # summed in order, in float
        weights[d] *= np.float32(1) / total
    index = np.clip(left[:, None] + np.arange(-3, 5)[None, :], 0, in_len - 1)
    return index, weights


def _resize_cubic(img, out_h, out_w, taps=_cubic_taps):
    (yi, wy), (xi, wx) = taps(out_h, img.shape[0]), taps(out_w, img.shape[1])
    n = wy.shape[1]
    if img.dtype == np.uint8:
        wy = np.round(wy * _COEF_SCALE).astype(np.int64)
        wx = np.round(wx * _COEF_SCALE).astype(np.int64)
        rows = _horizontal_fixed(img, np.arange(img.shape[0]), xi, wx).astype(np.int64)
        rows = rows.reshape(img.shape[0], out_w, img.shape[2])
        acc = _vertical_fixed(rows, yi, wy)
        if n == 4:
            acc = _vertical_cubic_simd(rows, yi, wy, acc)
        return np.clip(acc, 0, 255).astype(np.uint8)
    work = _work_type(img)
    src, wx, wy = img.astype(work), wx.astype(work), wy.astype(work)
    rows = sum(src[:, xi[:, k]] * wx[None, :, k, None] for k in range(n))
    out = sum(rows[yi[:, k]] * wy[:, k, None, None] for k in range(n))
    return out.astype(img.dtype)


def _vertical_fixed(rows, yi, wy):
    """Integer vertical pass: fixed-point sum of the weighted rows, rounded half up."""
    acc = sum(rows[yi[:, k]] * wy[:, k, None, None] for k in range(wy.shape[1]))
    bits = 2 * _COEF_BITS
    return (acc + (1 << (bits - 1))) >> bits


def _vertical_cubic_simd(rows, yi, wy, acc):
    """``acc`` with each output row's leading values redone as OpenCV's SSE2 bicubic vertical pass.

    That pass handles the first (W * C) // 8 * 8 values of a row in float32, as
    ((S0*b0 + S1*b1) + S2*b2) + S3*b3 with b = float32(weight / 2048**2), rounded half to even;
    only the remaining values use the integer sum. The two differ by one in a few pixels.
    """
    out_h, out_w, channels = acc.shape
    flat = rows.reshape(rows.shape[0], -1)
    simd = flat.shape[1] // 8 * 8
    if simd == 0:
        return acc
    beta = (wy.astype(np.float32) * np.float32(1.0 / (_COEF_SCALE * _COEF_SCALE))).astype(np.float32)
    total = flat[yi[:, 0], :simd].astype(np.float32) * beta[:, 0:1]
    for k in range(1, 4):
        total = total + flat[yi[:, k], :simd].astype(np.float32) * beta[:, k:k + 1]
    acc = acc.reshape(out_h, -1).copy()
    acc[:, :simd] = np.rint(total)
    return acc.reshape(out_h, out_w, channels)


def _area_weights(out_len, in_len):
    """(out_len, in_len) matrix: the share of each source pixel in each output pixel."""
    scale = _scale(out_len, in_len)
    weights = np.zeros((out_len, in_len), np.float64)
    for d in range(out_len):
        start, stop = d * scale, min(d * scale + scale, in_len)
        width = min(scale, in_len - start)
        first, last = int(np.ceil(start)), min(int(np.floor(stop)), in_len - 1)
        first = min(first, last)
        if first - start > 1e-3:
            weights[d, first - 1] = (first - start) / width
        weights[d, first:last] = 1.0 / width
        if stop - last > 1e-3:
            weights[d, last] = min(min(stop - last, 1.0), width) / width
    return weights.astype(np.float32)


def _resize_area_shrink(img, out_h, out_w):
    h, w = img.shape[:2]
    sy, sx = _scale(out_h, h), _scale(out_w, w)
    if sy == int(sy) and sx == int(sx):
        return _resize_area_blocks(img, out_h, out_w, int(sy), int(sx))
    if img.shape[2] > 4:        # OpenCV's area kernel for fractional factors takes at most 4 channels
        raise MXNetError(_OPENCV_NO_AREA)
    work = _work_type(img)
    rows = _area_pass(img.astype(work), _area_weights(out_w, w), axis=1)
    out = _area_pass(rows, _area_weights(out_h, h), axis=0)
    if img.dtype == np.uint8:
        return np.clip(np.rint(out), 0, 255).astype(np.uint8)
    return out.astype(img.dtype)


def _resize_area_blocks(img, out_h, out_w, ky, kx):
    """OpenCV's area resize for whole-number factors: each block's pixels summed row by row in fours
    (((a + b) + c) + d), times the float 1 / area; uint8 rounds half to even, except 2 x 2 blocks of
    1, 3 or 4 channels, which take (sum + 2) >> 2, and float 2 x 2 of 1 or 4 channels in vectors of four
    values, which add ((a + b) + (c + d))."""
    channels = img.shape[2]
    blocks = img[:out_h * ky, :out_w * kx].reshape(out_h, ky, out_w, kx, channels)
    terms = [blocks[:, y, :, x] for y in range(ky) for x in range(kx)]
    area, two_by_two = ky * kx, ky == kx == 2
    if img.dtype == np.uint8:
        total = sum(t.astype(np.int64) for t in terms)
        if two_by_two and channels in (1, 3, 4):
            return ((total + 2) >> 2).astype(np.uint8)
        return np.clip(np.rint(total.astype(np.float32) * np.float32(1 / area)), 0, 255).astype(np.uint8)
    work = _work_type(img)
    terms = [t.astype(work) for t in terms]
    total = np.zeros_like(terms[0])
    for k in range(0, area - area % 4, 4):
        total = total + (((terms[k] + terms[k + 1]) + terms[k + 2]) + terms[k + 3])
    for k in range(area - area % 4, area):
        total = total + terms[k]
    out = total * work(np.float32(1 / area))
    if img.dtype == np.float32 and two_by_two and channels in (1, 4):
        simd = (((terms[0] + terms[1]) + (terms[2] + terms[3])) * np.float32(0.25)).reshape(out_h, -1)
        lanes = out_w * channels // 4 * 4
        out = out.reshape(out_h, -1)
        out[:, :lanes] = simd[:, :lanes]
    return out.reshape(out_h, out_w, channels).astype(img.dtype)


def _area_pass(src, weights, axis):
    """Weighted sums of ``src`` along ``axis`` added one source pixel at a time, in source order, in
    src's type, as OpenCV's area loop does (each output's sources are a contiguous run). Rows (axis 1)
    add to a zeroed buffer; columns (axis 0) start from their first product."""
    covered = weights != 0
    first = covered.argmax(axis=1)
    count = covered.sum(axis=1)
    shape = [1] * src.ndim
    shape[axis] = -1
    out = np.zeros(src.shape[:axis] + (weights.shape[0],) + src.shape[axis + 1:], src.dtype)
    for j in range(int(count.max())):
        index = np.minimum(first + j, src.shape[axis] - 1)
        term = np.take(src, index, axis=axis) * weights[np.arange(len(first)), index].astype(src.dtype).reshape(shape)
        if j == 0 and axis == 0:
            out = term
        else:           # outputs with fewer sources take no more terms (0 * inf would make nan)
            out = np.where((j < count).reshape(shape), out + term, out)
    return out


# The words of MXNet's refusals, which come from the OpenCV it links and from its fp16 check
_OPENCV = "OpenCV(3.4.2) /work/mxnet/staticdeps/opencv-3.4.2/modules/imgproc/src/resize.cpp:"
OPENCV_EMPTY = _OPENCV + "4044: error: (-215:Assertion failed) !ssize.empty() in function 'resize'"
_OPENCV_EMPTY_OUTPUT = (_OPENCV + "4045: error: (-215:Assertion failed) !dsize.empty() || (inv_scale_x > 0 && "
                        "inv_scale_y > 0) in function 'resize'")
# OpenCV's words for an image of no channels (or a size of -1) that it is asked to wrap
OPENCV_NO_DATA = ("OpenCV(3.4.2) ../staticdeps/include/opencv2/core/mat.inl.hpp:501: error: (-215:Assertion failed) "
                  "total() == 0 || data != __null in function 'Mat'")
_OPENCV_NO_KERNEL = _OPENCV + "3922: error: (-215:Assertion failed) func != 0 in function 'resize'"
_OPENCV_NO_FAST_AREA = _OPENCV + "3862: error: (-215:Assertion failed) func != 0 in function 'resize'"
_OPENCV_NO_AREA = _OPENCV + "3881: error: (-215:Assertion failed) func != 0 && cn <= 4 in function 'resize'"
_OPENCV_BAD_INTERP = _OPENCV + "3919: error: (-5:Bad argument) Unknown interpolation method in function 'resize'"
NO_FP16 = ("Check failed: inputs[0].type_flag_ != mshadow: :kFloat16 (2 vs. 2) : opencv image mat doesn't "
            "support fp16")


def _int32_refusal(shape, out_h, out_w, interp, by_area):
    """OpenCV's words for resizing a 32-bit integer image, which it has only nearest and bit-exact bilinear
    kernels for (None when it has one): an unknown method first, then the area kernels it shrinks with
    (its fast ones for whole-number factors), then the others."""
    if int(interp) not in range(6):
        return _OPENCV_BAD_INTERP
    if by_area and out_h <= shape[0] and out_w <= shape[1]:
        return _OPENCV_NO_FAST_AREA if shape[0] % out_h == 0 and shape[1] % out_w == 0 else _OPENCV_NO_AREA
    return None if interp == 0 or interp == 5 and not by_area else _OPENCV_NO_KERNEL


def resize_hwc(img, out_w, out_h, interp=1):
    """``img`` (H x W x C numpy) resized to ``out_h`` x ``out_w``."""
    if img.dtype == np.float16:         # MXNet's resize has no float16 kernel
        raise MXNetError(NO_FP16)
    if not img.shape[0] or not img.shape[1]:
        raise MXNetError(OPENCV_EMPTY)
    if out_w <= 0 or out_h <= 0:
        raise MXNetError(_OPENCV_EMPTY_OUTPUT)
    if interp == 5 and img.dtype.kind == "f":     # OpenCV has no bit-exact float kernels: plain bilinear
        interp = 1
    halving = img.shape[0] == 2 * out_h and img.shape[1] == 2 * out_w
    # OpenCV halves by its area kernels (which know no int32) bilinear, and bit-exact bilinear of other than 2 channels
    by_area = interp == 3 or halving and (interp == 1 or interp == 5 and img.shape[2] != 2)
    if img.dtype == np.int32 and (out_h, out_w) != img.shape[:2]:
        refusal = _int32_refusal(img.shape, out_h, out_w, interp, by_area)
        if refusal:
            raise MXNetError(refusal)
    if (out_h, out_w) == img.shape[:2]:     # OpenCV copies a same-size image, whatever the method
        return img.copy()
    if int(interp) not in range(6):
        raise MXNetError(_OPENCV_BAD_INTERP)
    if img.dtype == np.int8:        # MXNet hands int8 bytes to OpenCV as uint8
        return resize_hwc(img.view(np.uint8), out_w, out_h, interp).view(np.int8)
    if interp == 0:
        return _resize_nearest(img, out_h, out_w)
    if interp == 2:
        return _resize_cubic(img, out_h, out_w)
    if interp == 4:
        return _resize_cubic(img, out_h, out_w, taps=_lanczos_taps)
    if interp == 5 and not by_area and img.dtype in _EXACT_FRACTION_BITS:     # OpenCV's INTER_LINEAR_EXACT
        return _resize_linear_exact(img, out_h, out_w)
    if by_area:
        if out_h <= img.shape[0] and out_w <= img.shape[1]:
            return _resize_area_shrink(img, out_h, out_w)
        return _resize_linear(img, out_h, out_w, area=True)
    return _resize_linear(img, out_h, out_w)
