"""numpy helpers behind the image functions: interpolation choice, crop scaling and rotations of images."""
import random

import numpy as np

from ....ndarray import NDArray


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


def _scale_down(src_size, size):
    """Shrink the (w, h) crop ``size`` to fit ``src_size``, keeping its aspect ratio."""
    w, h = size
    sw, sh = src_size
    if sh < h:
        w, h = float(w * sh) / h, sh
    if sw < w:
        w, h = sw, float(h * sw) / w
    return int(w), int(h)


def rotate_nchw(src, degrees, zoom_in=False, zoom_out=False):
    """Rotate float32 N x C x H x W images about their centres by ``degrees`` (one per image), bilinearly.

    Outside the source image is 0; ``zoom_in`` scales so no padding shows, ``zoom_out`` so the whole
    source stays visible. An image one pixel high or wide comes out NaN, silently as in MXNet.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        return _rotate_nchw(src, degrees, zoom_in, zoom_out)


def _rotate_nchw(src, degrees, zoom_in, zoom_out):
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
    if src.dtype is not np.float32:     # MXNet's identity test: only a legacy NDArray's dtype is the class itself
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
