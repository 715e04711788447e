"""``nd.image``: image tensor operators (HWC uint8 images to CHW float tensors, normalize, flips, crop)."""
import numpy as np

from ..base import MXNetError
from .registry import OPS, defop


def _check_hwc(name, data):
    if data.ndim != 3:
        raise MXNetError(f"image.{name}: Input image must have shape (height, width, channels), but got {data.shape}")


@defop("_image_to_tensor")
def _to_tensor(data):
    """(H, W, C) or (N, H, W, C) in [0, 255] -> float32 (C, H, W) / (N, C, H, W) in [0, 1]."""
    if data.ndim not in (3, 4):
        raise MXNetError(f"image.to_tensor: input must be (H, W, C) or (N, H, W, C), got shape {data.shape}")
    axes = (2, 0, 1) if data.ndim == 3 else (0, 3, 1, 2)
    return np.ascontiguousarray(np.transpose(data, axes)).astype(np.float32) / np.float32(255)


def _per_channel(values, channels, what):
    values = np.asarray(values, dtype=np.float32).reshape(-1)
    if values.size == 1:
        return np.full(channels, values[0], np.float32)
    if values.size != channels:
        raise MXNetError(f"image.normalize: {what} has {values.size} values for {channels} channels")
    return values


@defop("_image_normalize")
def _normalize(data, *, mean=0.0, std=1.0):
    """``(data - mean) / std`` per channel of a (C, H, W) or (N, C, H, W) tensor."""
    if data.ndim not in (3, 4):
        raise MXNetError(f"image.normalize: input must be (C, H, W) or (N, C, H, W), got shape {data.shape}")
    c = data.shape[-3]
    if c not in (1, 3):
        raise MXNetError(f"image.normalize: The first dimension of input tensor must be the channel dimension with "
                         f"either 1 or 3 elements, but got input with shape {data.shape}")
    m = _per_channel(mean, c, "mean").reshape(c, 1, 1)
    s = _per_channel(std, c, "std").reshape(c, 1, 1)
    return ((data - m) / s).astype(data.dtype, copy=False)


@_normalize.grad
def _(dy, out, data, *, mean=0.0, std=1.0):
    c = data.shape[-3]
    return dy / _per_channel(std, c, "std").reshape(c, 1, 1)


@defop("_image_flip_left_right")
def _flip_left_right(data):
    """Mirror an (H, W, C) image horizontally."""
    _check_hwc("flip_left_right", data)
    return data[:, ::-1].copy()


@_flip_left_right.grad
def _(dy, out, data):
    return dy[:, ::-1]


@defop("_image_flip_top_bottom")
def _flip_top_bottom(data):
    """Mirror an (H, W, C) image vertically."""
    _check_hwc("flip_top_bottom", data)
    return data[::-1].copy()


@_flip_top_bottom.grad
def _(dy, out, data):
    return dy[::-1]


@defop("_image_crop")
def _crop(data, *, x, y, width, height):
    """The ``width`` x ``height`` window at column ``x``, row ``y`` of (H, W, C) or (N, H, W, C) images."""
    if data.ndim not in (3, 4):
        raise MXNetError(f"image.crop: input must be (H, W, C) or (N, H, W, C), got shape {data.shape}")
    h, w = data.shape[-3], data.shape[-2]
    if x < 0 or y < 0 or width <= 0 or height <= 0 or x + width > w or y + height > h:
        raise MXNetError(f"image.crop: the window x={x}, y={y}, width={width}, height={height} does not fit an "
                         f"image of height {h} and width {w}")
    return data[..., y:y + height, x:x + width, :].copy()


@_crop.grad
def _(dy, out, data, *, x, y, width, height):
    g = np.zeros(data.shape, dy.dtype)
    g[..., y:y + height, x:x + width, :] = dy
    return g


def to_tensor(data, out=None, name=None):
    """HWC images in [0, 255] to CHW float32 tensors in [0, 1]."""
    return OPS["_image_to_tensor"](data, out=out)


def normalize(data, mean=0.0, std=1.0, out=None, name=None):
    """Per-channel ``(data - mean) / std``."""
    return OPS["_image_normalize"](data, mean=mean, std=std, out=out)


def flip_left_right(data, out=None, name=None):
    """Mirror horizontally."""
    return OPS["_image_flip_left_right"](data, out=out)


def flip_top_bottom(data, out=None, name=None):
    """Mirror vertically."""
    return OPS["_image_flip_top_bottom"](data, out=out)


def crop(data, x, y, width, height, out=None, name=None):
    """Crop a window of ``width`` x ``height`` at (x, y)."""
    return OPS["_image_crop"](data, x=x, y=y, width=width, height=height, out=out)


def random_flip_left_right(data, out=None, name=None):
    """Mirror horizontally with probability 0.5 (distnet's random stream)."""
    from . import random
    flip = random.uniform(shape=(1,)).asscalar() < 0.5
    return flip_left_right(data, out=out) if flip else OPS["identity"](data, out=out)


def random_flip_top_bottom(data, out=None, name=None):
    """Mirror vertically with probability 0.5 (distnet's random stream)."""
    from . import random
    flip = random.uniform(shape=(1,)).asscalar() < 0.5
    return flip_top_bottom(data, out=out) if flip else OPS["identity"](data, out=out)
