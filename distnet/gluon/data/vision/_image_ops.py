"""numpy helpers behind the image functions: interpolation choice, crop scaling and rotations of images."""
import numbers
import random

import numpy as np


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
    """Rotate N x C x H x W images about their centres by ``degrees`` (an NDArray, one angle per image), bilinearly.

    Outside the source image is 0; ``zoom_in`` scales so no padding shows, ``zoom_out`` so the whole
    source stays visible. The steps are NDArray operators, so angles of another dtype or shape fail in the
    operator where MXNet's do; an image one pixel high or wide comes out NaN, silently as in MXNet.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        return _rotate_nchw(src, degrees, zoom_in, zoom_out)


def _rotate_nchw(src, degrees, zoom_in, zoom_out):
    from .... import ndarray as nd
    ctx = src.context
    rad = (np.pi * degrees.as_in_context(ctx) / 180).expand_dims(axis=1).expand_dims(axis=2)
    _, _, h, w = src.shape
    half_h, half_w = float(h - 1) / 2, float(w - 1) / 2
    rows = (nd.repeat(nd.arange(h, ctx=ctx).reshape((h, 1)), w, axis=1) - half_h).expand_dims(axis=0)
    cols = (nd.repeat(nd.arange(w, ctx=ctx).reshape((1, w)), h, axis=0) - half_w).expand_dims(axis=0)
    cos, sin = nd.cos(rad), nd.sin(rad)
    grid_x = (cols * cos - rows * sin) / half_w        # normalised after rotating, to keep the aspect ratio
    grid_y = (cols * sin + rows * cos) / half_h
    grid = nd.concat(grid_x.expand_dims(axis=1), grid_y.expand_dims(axis=1), dim=1)
    if zoom_in or zoom_out:
        grid = grid * _zoom(nd.array([h], ctx=ctx), nd.array([w], ctx=ctx), nd.abs(rad), zoom_out).expand_dims(axis=3)
    return nd.BilinearSampler(src, grid)


def _zoom(h, w, turn, zoom_out):
    """The scale that keeps the whole rotated image in view (``zoom_out``) or shows no padding."""
    from .... import ndarray as nd
    rho, corner = nd.sqrt(h * h + w * w), nd.arctan(h / w)
    max_x = nd.maximum(nd.abs(rho * nd.cos(corner + turn)), nd.abs(rho * nd.cos(corner - turn)))
    max_y = nd.maximum(nd.abs(rho * nd.sin(corner + turn)), nd.abs(rho * nd.sin(corner - turn)))
    if zoom_out:
        return nd.maximum(max_x / w, max_y / h)
    return nd.minimum(w / max_x, h / max_y)


def rotate_image(src, degrees, zoom_in=False, zoom_out=False):
    """Rotate a float32 C x H x W image or N x C x H x W batch; ``degrees``: a number, or an NDArray with one
    angle per image (MXNet uses its NDArray methods, so a list or a numpy array fails with AttributeError)."""
    from .... import ndarray as nd
    if zoom_in and zoom_out:
        raise ValueError("`zoom_in` and `zoom_out` cannot be both True")
    if src.dtype is not np.float32:     # MXNet's identity test: only a legacy NDArray's dtype is the class itself
        raise TypeError("Only `float32` images are supported by this function")
    single = src.ndim == 3
    if single:
        if not isinstance(degrees, numbers.Number):
            raise TypeError("When a single image is passed the rotation angle is required to be a scalar.")
        src = src.expand_dims(axis=0)
    elif src.ndim != 4:
        raise ValueError("Only 3D and 4D are supported by this function")
    if isinstance(degrees, numbers.Number):
        degrees = nd.array([degrees] * len(src), ctx=src.context)
    if len(src) != len(degrees):
        raise ValueError("The number of images must be equal to the number of rotation angles")
    out = rotate_nchw(src, degrees, zoom_in, zoom_out)
    return out[0] if single else out
