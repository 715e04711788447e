"""numpy helpers behind the vision transforms: crops, resizes, flips and rotations of images."""
import random

import numpy as np

from ....base import MXNetError
from ....ndarray import NDArray, array
from ....ndarray.registry import kept_class
from ._resize import resize_hwc


def map_images(x, fn):
    """Apply ``fn`` (numpy H x W x C -> numpy) to an image NDArray, or to each image of an N x H x W x C one."""
    data = x.asnumpy() if isinstance(x, NDArray) else np.asarray(x)
    if data.ndim == 3:
        out = fn(data)
    elif data.ndim == 4:
        out = np.stack([fn(img) for img in data])
    else:
        raise MXNetError(f"image transform: input must have shape (H, W, C) or (N, H, W, C), got {data.shape}")
    return kept_class((x,), array(out, ctx=getattr(x, "context", None), dtype=out.dtype))   # mx.np in, mx.np out


class UserNumpyImage(np.ndarray):
    """A user's numpy image given to a crop: MXNet slices it as it is, but its resize asserts an NDArray."""


def crop_user_numpy(img, crop):
    """``crop`` of a numpy image as MXNet's image functions do it: a plain numpy view, or MXNet's AssertionError
    when the crop needs resizing."""
    return crop(img.view(UserNumpyImage)).view(np.ndarray)


def _get_interp_method(interp, sizes=()):
    """Resolve the pseudo methods 9 (by size change) and 10 (random) to an OpenCV interpolation."""
    if interp == 9:
        if sizes:
            old_h, old_w, new_h, new_w = sizes
            if new_h > old_h and new_w > old_w:
                return 2
            if new_h < old_h and new_w < old_w:
                return 3
            return 1
        return 2
    if interp == 10:
        return random.randint(0, 4)
    if interp not in (0, 1, 2, 3, 4):
        raise ValueError("Unknown interp method %d" % interp)
    return interp


def fixed_crop(img, x0, y0, w, h, size=None, interp=2):
    """Crop the box, then resize it to ``size`` = (W, H) when that differs."""
    out = img[y0:y0 + h, x0:x0 + w]
    if size is not None and (w, h) != tuple(size):
        if isinstance(out, UserNumpyImage):
            raise AssertionError(f"Argument src must have NDArray type, but got {out.view(np.ndarray)!s}")
        out = resize_hwc(out, size[0], size[1], _get_interp_method(interp, (h, w, size[1], size[0])))
    return out


def _scale_down(src_size, size):
    """Shrink the (w, h) crop ``size`` to fit ``src_size``, keeping its aspect ratio."""
    w, h = size
    sw, sh = src_size
    if sh < h:
        w, h = float(w * sh) / h, sh
    if sw < w:
        w, h = sw, float(h * sw) / w
    return int(w), int(h)


def center_crop(img, size, interp=2):
    """The centre crop of aspect ``size`` = (W, H), resized to ``size``."""
    h, w = img.shape[:2]
    new_w, new_h = _scale_down((w, h), size)
    x0, y0 = int((w - new_w) / 2), int((h - new_h) / 2)
    return fixed_crop(img, x0, y0, new_w, new_h, size, interp)


def random_size_crop(img, size, area, ratio, interp=2):
    """A crop of random area and aspect ratio (Python ``random``), resized to ``size``; centre crop after 10 misses."""
    h, w = img.shape[:2]
    area = (area, 1.0) if isinstance(area, (int, float)) else area
    for _ in range(10):
        target_area = random.uniform(area[0], area[1]) * h * w
        new_ratio = np.exp(random.uniform(np.log(ratio[0]), np.log(ratio[1])))
        new_w = int(round(np.sqrt(target_area * new_ratio)))
        new_h = int(round(np.sqrt(target_area / new_ratio)))
        if new_w <= w and new_h <= h:
            x0 = random.randint(0, w - new_w)
            y0 = random.randint(0, h - new_h)
            return fixed_crop(img, x0, y0, new_w, new_h, size, interp)
    return center_crop(img, size, interp)


def flip(img, axis):
    """``img`` mirrored along ``axis`` (1: left-right, 0: top-bottom)."""
    return np.ascontiguousarray(np.flip(img, axis=axis))


def rotate_nchw(src, degrees, zoom_in=False, zoom_out=False):
    """Rotate float32 N x C x H x W images about their centres by ``degrees`` (one per image), bilinearly.

    Outside the source image is 0; ``zoom_in`` scales so no padding shows, ``zoom_out`` so the whole
    source stays visible.
    """
    from .... import ndarray as nd
    n, _, h, w = src.shape
    rad = np.asarray(degrees, np.float32) * np.float32(np.pi) / np.float32(180)
    rad = rad.reshape(n, 1, 1)
    half_h, half_w = np.float32((h - 1) / 2), np.float32((w - 1) / 2)
    rows = np.repeat(np.arange(h, dtype=np.float32).reshape(h, 1), w, axis=1)[None] - half_h
    cols = np.repeat(np.arange(w, dtype=np.float32).reshape(1, w), h, axis=0)[None] - half_w
    def f32(fn, x):       # float32 maths through the registry's kernels, which round as MXNet's do
        x = np.asarray(x, np.float32)      # (as 1-D: a legacy operator takes no 0-d array)
        return getattr(nd, fn)(nd.array(x.reshape(-1))).asnumpy().reshape(x.shape)

    cos, sin = f32("cos", rad), f32("sin", rad)
    grid_x = (cols * cos - rows * sin) / half_w        # normalised after rotating, to keep the aspect ratio
    grid_y = (cols * sin + rows * cos) / half_h
    scale = np.float32(1)
    if zoom_in or zoom_out:
        fh, fw = np.float32(h), np.float32(w)
        rho, corner = f32("sqrt", fh * fh + fw * fw), f32("arctan", fh / fw)
        turn = np.abs(rad)
        max_x = np.maximum(np.abs(rho * f32("cos", corner + turn)), np.abs(rho * f32("cos", corner - turn)))
        max_y = np.maximum(np.abs(rho * f32("sin", corner + turn)), np.abs(rho * f32("sin", corner - turn)))
        if zoom_out:
            scale = np.maximum(max_x / fw, max_y / fh)
        else:
            scale = np.minimum(fw / max_x, fh / max_y)
        scale = scale[:, None]
    grid = np.concatenate([grid_x[:, None], grid_y[:, None]], axis=1) * scale
    return nd.BilinearSampler(src, nd.array(grid.astype(np.float32), ctx=src.context))


def rotate_image(src, degrees, zoom_in=False, zoom_out=False):
    """Rotate a float32 C x H x W image or N x C x H x W batch (``degrees``: a number, or one per image)."""
    if zoom_in and zoom_out:
        raise ValueError("`zoom_in` and `zoom_out` cannot be both True")
    if src.dtype != np.float32:
        raise TypeError("Only `float32` images are supported by this function")
    if src.ndim == 3:
        if not isinstance(degrees, (int, float, np.number)):
            raise TypeError("When a single image is passed the rotation angle is required to be a scalar.")
        return rotate_nchw(src.expand_dims(axis=0), [degrees], zoom_in, zoom_out)[0]
    if src.ndim != 4:
        raise ValueError("Only 3D and 4D are supported by this function")
    if isinstance(degrees, (int, float, np.number)):
        degrees = [degrees] * src.shape[0]
    degrees = degrees.asnumpy() if isinstance(degrees, NDArray) else np.asarray(degrees)
    if len(degrees) != src.shape[0]:
        raise ValueError("The number of images must be equal to the number of rotation angles")
    return rotate_nchw(src, degrees, zoom_in, zoom_out)
