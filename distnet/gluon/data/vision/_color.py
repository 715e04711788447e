"""Random colour and flip decisions for the vision transforms, drawn as MXNet's image operators draw them.

MXNet's image operators take std::mt19937 steps from the generator that ``mx.random.seed`` seeds; each
step is one float32 draw of ``nd.random.uniform`` here. A float distribution uses one step, a
``bernoulli`` two (a double needs 53 bits, so the second step decides), a normal the polar method.
"""
import numpy as np

from ....ndarray import random as _ndrandom

_COEF = np.array([0.299, 0.587, 0.114], np.float32)
# PCA lighting: eigenvalue times eigenvector entry, row per output channel (AlexNet's ImageNet statistics)
_EIG = (np.array([55.46, 4.794, 1.148])[None, :] *
        np.array([[-0.5675, 0.7192, 0.4009], [-0.5808, -0.0045, -0.8140], [-0.5836, -0.6948, 0.4203]])
        ).astype(np.float32)
_HLS_SECTORS = np.array([[1, 3, 0], [1, 0, 2], [3, 0, 1], [0, 2, 1], [0, 1, 3], [2, 1, 0]])


def steps(n):
    """``n`` generator steps as float32 values in [0, 1)."""
    return _ndrandom.uniform(0, 1, shape=(n,)).asnumpy()


def uniform(low, high):
    """A float32 uniform draw in [low, high) (one step)."""
    low, high = np.float32(low), np.float32(high)
    return np.float32(steps(1)[0] * (high - low) + low)


def coin():
    """True with probability 1/2 (two steps, the second one decides)."""
    return bool(steps(2)[1] < 0.5)


def normals(count, std):
    """``count`` normal draws with deviation ``std`` (polar method: pairs, the y value first)."""
    out = []
    while len(out) < count:
        while True:
            x, y = 2 * steps(2).astype(np.float64) - 1
            r2 = np.float32(x * x + y * y)
            if 0 < r2 <= 1:
                break
        mult = np.float32(np.sqrt(-2 * np.log(r2) / r2))
        out += [np.float32(y) * mult, np.float32(x) * mult]
    return [np.float32(v * np.float32(std)) for v in out[:count]]


def saturate(values, dtype):
    """Cast float32 results as MXNet's image ops do: uint8 clipped to [0, 255] and truncated."""
    if dtype == np.uint8:
        values = np.clip(values, 0, 255)
    return values.astype(dtype)


def _pixels(img):
    return img.reshape(-1, img.shape[-1]).astype(np.float32)


def adjust_brightness(img, alpha):
    """Every value times ``alpha``."""
    return saturate(img.astype(np.float32) * np.float32(alpha), img.dtype)


def adjust_contrast(img, alpha):
    """Blend with the mean gray level (summed pixel by pixel in float32)."""
    px = _pixels(img)
    weighted = (px[:, :3] * _COEF).ravel() if px.shape[1] > 1 else px.ravel()
    mean = np.float32(np.cumsum(weighted, dtype=np.float32)[-1] / np.float32(px.shape[0]))
    beta = np.float32((1 - np.float32(alpha)) * mean)
    return saturate(img.astype(np.float32) * np.float32(alpha) + beta, img.dtype)


def adjust_saturation(img, alpha):
    """Blend each pixel with its gray level, which MXNet 1.9.1 takes from the blue channel alone."""
    if img.shape[-1] == 1:
        return img.copy()
    alpha = np.float32(alpha)
    gray = img[..., 2:3].astype(np.float32) * _COEF[2] * (np.float32(1) - alpha)
    return saturate(gray + img[..., :3].astype(np.float32) * alpha, img.dtype)


def _rgb_to_hls(r, g, b):
    r, g, b = r / np.float32(255), g / np.float32(255), b / np.float32(255)
    vmax, vmin = np.maximum(np.maximum(r, g), b), np.minimum(np.minimum(r, g), b)
    diff = vmax - vmin
    light = (vmax + vmin) * np.float32(0.5)
    colored = diff > np.finfo(np.float32).eps
    with np.errstate(divide="ignore", invalid="ignore"):
        sat = np.where(light < 0.5, diff / (vmax + vmin), diff / (np.float32(2) - vmax - vmin))
        scale = np.float32(60) / diff
        hue = np.where(vmax == r, (g - b) * scale,
                       np.where(vmax == g, (b - r) * scale + np.float32(120), (r - g) * scale + np.float32(240)))
    hue = np.where(hue < 0, hue + np.float32(360), hue)
    return (np.where(colored, hue, 0).astype(np.float32), light.astype(np.float32),
            np.where(colored, sat, 0).astype(np.float32))


def _hls_to_rgb(hue, light, sat):
    p2 = np.where(light <= 0.5, light * (1 + sat), light + sat - light * sat).astype(np.float32)
    p1 = (2 * light - p2).astype(np.float32)
    h = np.mod(hue * np.float32(1 / 60), np.float32(6)).astype(np.float32)
    sector = np.minimum(h.astype(np.int64), 5)
    h = h - sector
    tab = np.stack([p2, p1, p1 + (p2 - p1) * (1 - h), p1 + (p2 - p1) * h], axis=-1)
    picks = _HLS_SECTORS[sector]
    b, g, r = (np.take_along_axis(tab, picks[..., i:i + 1], axis=-1)[..., 0] for i in range(3))
    gray = sat == 0
    r, g, b = (np.where(gray, light, c) for c in (r, g, b))
    return r * np.float32(255), g * np.float32(255), b * np.float32(255)


def adjust_hue(img, alpha):
    """Turn the hue by ``alpha`` of a full circle, through HLS."""
    if img.shape[-1] == 1:
        return img.copy()
    src = img.astype(np.float32)
    hue, light, sat = _rgb_to_hls(src[..., 0], src[..., 1], src[..., 2])
    r, g, b = _hls_to_rgb(hue + np.float32(alpha) * np.float32(360), light, sat)
    return saturate(np.stack([r, g, b], axis=-1), img.dtype)


def adjust_lighting(img, alpha):
    """Add the PCA lighting offset for the three ``alpha`` coefficients."""
    if img.shape[-1] == 1:
        return img.copy()
    a = np.asarray(alpha, np.float32)
    offset = np.array([np.float32(row[0] * a[0] + row[1] * a[1]) + row[2] * a[2] for row in _EIG], np.float32)
    return saturate(img.astype(np.float32) + offset, img.dtype)


def _uniform_int(upper):
    """An int in [0, upper] from one step (downscaling by whole buckets of the 32-bit range)."""
    span = upper + 1
    scaling = (2 ** 32 - 1) // span
    while True:
        value = int(np.float64(steps(1)[0]) * 2 ** 32)
        if value < span * scaling:
            return value // scaling


def shuffled_order(n=4):
    """A random order of range(n): position i swapped with a draw in [0, i], for i = 1 .. n-1."""
    order = list(range(n))
    for i in range(1, n):
        j = _uniform_int(i)
        order[i], order[j] = order[j], order[i]
    return order
