"""``nd.image``: image tensor operators (HWC uint8 images to CHW float tensors, normalize, flips, crop).

As in MXNet, only resize has a kernel for bool images: the others fail when their result is read.
"""
import inspect

import numpy as np

from ..base import MXNetError, _Null, message_of
from ..util import is_np_shape
from .ops_elemwise import libm_f32
from .failures import KernelError
from .ops_select import no_bool
from .front_end import or_operator
from .registry import OPS, defop
from .shape_text import inference_failed, inferred_dims, legacy_dim


def _check_hwc(data):
    """MXNet's check of one (H, W, C) image of 1 or 3 channels, in its words."""
    if data.ndim != 3:
        raise MXNetError(_hwc_refusal(data.ndim, inferred_dims(data.shape)))
    if data.shape[2] not in (1, 3):
        raise MXNetError("Check failed: nchannels == 3 || nchannels == 1: The last dimension of input image must be "
                         "the channel dimension with either 1 or 3 elements, but got input with shape "
                         f"{inferred_dims(data.shape)}")


def _hwc_refusal(ndim, dims):
    return (f"Check failed: dshape.ndim() == 3 ({ndim} vs. 3) : Input image must have shape (height, width, "
            f"channels), but got {dims}")


def _tensor_rank_refusal(dims):
    return ("Check failed: (dshape.ndim() == 3) || (dshape.ndim() == 4): Input tensor must have shape (channels, "
            f"height, width), or (N, channels, height, width), but got {dims}")


def _resize_rank_refusal(ndim):
    return ("Check failed: (in_attrs->at(0).ndim() == 3U) || (in_attrs->at(0).ndim() == 4U): Input image dimension "
            f"should be 3 or 4 but got {ndim}")


def _crop_rank_refusal(ndim):
    return f"Image Crop expects inputs of 3D (h, w, c) or 4D (n, h, w, c). But got {ndim}"


@defop("_image_to_tensor")
def _to_tensor(data):
    """(H, W, C) or (N, H, W, C) in [0, 255] -> float32 (C, H, W) / (N, C, H, W) in [0, 1]."""
    if not data.size and not is_np_shape():        # its shape inference gives up on an unknown size first
        raise MXNetError(inference_failed("_image_to_tensor", [data.shape], [None]))
    if data.ndim not in (3, 4):
        raise MXNetError("Check failed: (shp.ndim() == 3) || (shp.ndim() == 4): Input image must have shape (height, "
                         f"width, channels), or (N, height, width, channels) but got {inferred_dims(data.shape)}")
    no_bool("_image_to_tensor", data)
    axes = (2, 0, 1) if data.ndim == 3 else (0, 3, 1, 2)
    chw = np.ascontiguousarray(np.transpose(data, axes))
    if chw.dtype == np.float16:         # MXNet divides in half precision, then widens
        return (chw / np.float16(255)).astype(np.float32)
    if chw.dtype == np.float64:         # a double divided by a float stays double until stored
        return (chw / 255.0).astype(np.float32)
    return chw.astype(np.float32) / np.float32(255)


def _to_tensor_types(in_types, attrs):
    """Symbolic dtype rule: whatever the image's dtype (known or not), the tensor is float32."""
    return [in_types[0]], [np.float32]


_to_tensor.infer_types = _to_tensor_types


def _per_channel(values, shape, what):
    """``values`` (one, or one per channel) for each of the channels of a tensor of ``shape``."""
    channels = shape[-3]
    if values is None:      # given as None: a tuple of unknown length, which fits no tensor
        raise _invalid_per_channel(what, shape, "None")
    values = np.asarray(values, dtype=np.float32).reshape(-1)
    if values.size == 1:
        return np.full(channels, values[0], np.float32)
    if values.size != channels:
        raise _invalid_per_channel(what, shape, _bracketed(f"{v:g}" for v in values))
    return values


# MXNet's two checks are written differently: only the one of the mean brackets its terms
_PER_CHANNEL_CHECK = {"mean": "(param.mean.ndim() == 1) || (param.mean.ndim() == nchannels)",
                      "std": "param.std.ndim() == 1 || param.std.ndim() == nchannels"}


def _invalid_per_channel(what, shape, given):
    return MXNetError(f"Check failed: {_PER_CHANNEL_CHECK[what]}: Invalid {what} for input with shape "
                      f"{inferred_dims(shape)}. {what} must have either 1 or {shape[-3]} elements, but got {given}")


def _bracketed(items):
    """Items as MXNet's C++ prints a shape or tuple: [3,2,2]."""
    return f"[{','.join(map(str, items))}]"


# MXNet's defaults: four values fit no image (1 or 3 channels), so the operator needs both given
_NORMALIZE_MEAN, _NORMALIZE_STD = (0.0, 0.0, 0.0, 0.0), (1.0, 1.0, 1.0, 1.0)


@defop("_image_normalize")
def _normalize(data, *, mean=_NORMALIZE_MEAN, std=_NORMALIZE_STD):
    """``(data - mean) / std`` per channel of a (C, H, W) or (N, C, H, W) tensor."""
    if data.ndim not in (3, 4):
        raise MXNetError(_tensor_rank_refusal(inferred_dims(data.shape)))
    c = data.shape[-3]
    if c not in (1, 3):
        which = "first" if data.ndim == 3 else "second"
        raise MXNetError(f"Check failed: nchannels == 3 || nchannels == 1: The {which} dimension of input tensor "
                         "must be the channel dimension with either 1 or 3 elements, but got input with shape "
                         f"{inferred_dims(data.shape)}")
    m = _per_channel(mean, data.shape, "mean").reshape(c, 1, 1)
    s = _per_channel(std, data.shape, "std").reshape(c, 1, 1)
    no_bool("_image_normalize", data)
    with np.errstate(divide="ignore", invalid="ignore"):     # a zero std gives inf/nan silently, as in MXNet
        if data.dtype == np.float16:    # half minus float is rounded to half before the division
            return ((data.astype(np.float32) - m).astype(np.float16).astype(np.float32) / s).astype(np.float16)
        if data.dtype.kind != "f":      # integers meet the float mean in float, truncated when stored
            return ((data.astype(np.float32) - m) / s).astype(data.dtype)
        return ((data - m) / s).astype(data.dtype, copy=False)


@_normalize.grad
def _(dy, out, data, *, mean=_NORMALIZE_MEAN, std=_NORMALIZE_STD):
    c = data.shape[-3]
    s = _per_channel(std, data.shape, "std").reshape(c, 1, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        if dy.dtype == np.float64:      # MXNet's double kernel multiplies by the reciprocal
            return dy * (1.0 / s.astype(np.float64))
        return (dy.astype(np.float32) / s).astype(dy.dtype)


def _mirrored(data, axis):
    """``data`` mirrored along ``axis`` as MXNet 1.9.1 does it: its kernel swaps the mirrored pairs of rows or
    columns into a fresh output and never writes the middle one of an odd count, which stays zero."""
    out = np.flip(data, axis=axis).copy()
    n = data.shape[axis]
    if n % 2:
        index = [slice(None)] * data.ndim
        index[axis] = n // 2
        out[tuple(index)] = 0
    return out


@defop("_image_flip_left_right")
def _flip_left_right(data):
    """Mirror an (H, W, C) image horizontally."""
    _check_hwc(data)
    no_bool("_image_flip_left_right", data)
    return _mirrored(data, -2)


@defop("_image_flip_top_bottom")
def _flip_top_bottom(data):
    """Mirror an (H, W, C) image vertically."""
    _check_hwc(data)
    no_bool("_image_flip_top_bottom", data)
    return _mirrored(data, -3)


@defop("_image_crop")
def _crop(data, *, x, y, width, height):
    """The ``width`` x ``height`` window at column ``x``, row ``y`` of (H, W, C) or (N, H, W, C) images."""
    if data.ndim not in (3, 4):
        raise MXNetError(_crop_rank_refusal(data.ndim))
    if data.shape[-1] not in (1, 3):
        at = f"in_attrs->at(0)[{data.ndim - 1}]"
        raise MXNetError(f"Check failed: ({at} == 1) || ({at} == 3): Expect channel of the input image is 1 or 3, "
                         f"but got{legacy_dim(data.shape[-1])}")
    h, w = data.shape[-3], data.shape[-2]
    if height <= 0 or width <= 0:
        raise MXNetError("Check failed: (param.height > 0) && (param.width > 0): Input height and width must be "
                         "greater than 0")
    if x + width > w:
        raise MXNetError("Check failed: param.x + param.width <= ishape[ishape.ndim() - 2]: x + width should not be "
                         "greater than input width")
    if y + height > h:
        raise MXNetError("Check failed: param.y + param.height <= ishape[ishape.ndim() - 3]: y + height should not "
                         "be greater than input height")
    no_bool("_image_crop", data)
    if x >= 0 and y >= 0:
        return data[..., y:y + height, x:x + width, :].copy()
    index, inside = _window_in_memory(data.shape, x, y, width, height)
    return np.where(inside, data.reshape(-1)[np.where(inside, index, 0)], 0).astype(data.dtype)


@_crop.grad
def _(dy, out, data, *, x, y, width, height):
    g = np.zeros(data.shape, dy.dtype)
    if x >= 0 and y >= 0:
        g[..., y:y + height, x:x + width, :] = dy
    else:
        index, inside = _window_in_memory(data.shape, x, y, width, height)
        g.reshape(-1)[index[inside]] = dy[inside]
    return g


def _window_in_memory(shape, x, y, width, height):
    """The flat positions MXNet's crop kernel reads for a window starting left of or above the image: it steps
    through the image's memory by row and column strides unchecked, so a negative x reaches the end of the rows
    above, and a negative y the images before (or, before the first, memory not the array's: 0 here)."""
    h, w, c = shape[-3:]
    rows = (y + np.arange(height))[:, None, None]
    cols = (x + np.arange(width))[None, :, None]
    window = (rows * w + cols) * c + np.arange(c)
    starts = np.arange(int(np.prod(shape[:-3], dtype=np.int64))) * (h * w * c)
    index = (starts[:, None, None, None] + window).reshape(shape[:-3] + window.shape)
    return index, (index >= 0) & (index < int(np.prod(shape, dtype=np.int64)))


def to_tensor(data, out=None, name=None):
    """HWC images in [0, 255] to CHW float32 tensors in [0, 1]."""
    return OPS["_image_to_tensor"](data, out=out)


def _given(**attrs):
    """The attributes a caller gave: MXNet's generated functions pass no others, and pass a None given on."""
    return {k: v for k, v in attrs.items() if v is not _Null}


def normalize(data, mean=_Null, std=_Null, out=None, name=None):
    """Per-channel ``(data - mean) / std``."""
    return OPS["_image_normalize"](data, out=out, **_given(mean=mean, std=std))


def flip_left_right(data, out=None, name=None):
    """Mirror horizontally."""
    return OPS["_image_flip_left_right"](data, out=out)


def flip_top_bottom(data, out=None, name=None):
    """Mirror vertically."""
    return OPS["_image_flip_top_bottom"](data, out=out)


def crop(data, x=_Null, y=_Null, width=_Null, height=_Null, out=None, name=None):
    """Crop a window of ``width`` x ``height`` at (x, y)."""
    return OPS["_image_crop"](data, out=out, **_given(x=x, y=y, width=width, height=height))


def random_flip_left_right(data, out=None, name=None):
    """Mirror horizontally with probability 0.5."""
    return OPS["_image_random_flip_left_right"](data, out=out)


def random_flip_top_bottom(data, out=None, name=None):
    """Mirror vertically with probability 0.5."""
    return OPS["_image_random_flip_top_bottom"](data, out=out)


# ---- random draws from the sequential CPU engine (MXNet's kRandom resource) -------------------
def _canonical():
    """libstdc++ generate_canonical<float> from one 32-bit draw."""
    from .ops_random import RESOURCE
    raw = int(RESOURCE.sequential.random_raw())
    return np.float32(raw) * np.float32(2.0 ** -32)


class _Normal:
    """libstdc++ normal_distribution<float>: Marsaglia's polar method, the second value kept for the next call."""

    def __init__(self, mean=0.0, std=1.0):
        self.mean, self.std, self.saved = np.float32(mean), np.float32(std), None

    def __call__(self):
        if self.saved is not None:
            z, self.saved = self.saved, None
        else:
            f32 = np.float32
            while True:
                x = f32(2) * _canonical() - f32(1)
                y = f32(2) * _canonical() - f32(1)
                r2 = x * x + y * y
                if f32(0) < r2 <= f32(1):
                    break
            log_r2 = libm_f32("logf", np.log, np.array([r2], f32))[0]       # the C library's logf
            mult = f32(np.sqrt(f32(-2) * f32(log_r2) / r2))
            self.saved, z = x * mult, y * mult
        return z * self.std + self.mean


def _uniform(low, high):
    """libstdc++ uniform_real_distribution<float>(low, high)."""
    low, high = np.float32(low), np.float32(high)
    return (high - low) * _canonical() + low


def _saturate(values, dtype):
    """MXNet's cast back to the image type: uint8 saturates; other integer types truncate and wrap around."""
    if dtype == np.uint8:
        return np.clip(np.trunc(values), 0, 255).astype(dtype)
    if np.issubdtype(dtype, np.integer):
        wide = np.int64 if np.dtype(dtype).itemsize > 4 else np.int32   # C's float-to-int: NaN becomes INT_MIN
        with np.errstate(invalid="ignore"):
            return np.trunc(values).astype(wide).astype(dtype)
    return values.astype(dtype)


def _bernoulli_half():
    """libstdc++ bernoulli_distribution(0.5): a double canonical from two draws (low word first) below 0.5."""
    from .ops_random import RESOURCE
    low, high = (float(RESOURCE.sequential.random_raw()) for _ in range(2))
    return (low + high * 2.0 ** 32) * 2.0 ** -64 < 0.5


@defop("_image_random_flip_left_right")
def _random_flip_left_right(data):
    """Mirror an (H, W, C) image horizontally unless a fair coin says keep."""
    _check_hwc(data)
    no_bool("_image_random_flip_left_right", data)
    return data.copy() if _bernoulli_half() else _mirrored(data, -2)


@defop("_image_random_flip_top_bottom")
def _random_flip_top_bottom(data):
    """Mirror an (H, W, C) image vertically unless a fair coin says keep."""
    _check_hwc(data)
    no_bool("_image_random_flip_top_bottom", data)
    return data.copy() if _bernoulli_half() else _mirrored(data, -3)


# ---- resize ---------------------------------------------------------------------------------
def _size_hw(h, w, size, keep_ratio):
    """(out_w, out_h) for MXNet's size attribute: (w, h), or one int as a square or the short side."""
    unknown = size is None      # read as a tuple of unknown length, -1
    size = () if unknown else tuple(size) if isinstance(size, (tuple, list)) else (size,)
    if len(size) not in (1, 2):
        raise MXNetError("Check failed: (param.size.ndim() == 1) || (param.size.ndim() == 2): Input size dimension "
                         f"must be 1 or 2, but got {-1 if unknown else len(size)}")
    names = ("size",) if len(size) == 1 else ("width", "height")
    for i, (n, what) in enumerate(zip(size, names)):
        if int(n) <= 0:
            raise MXNetError(f"Check failed: param.size[{i}] > 0 ({int(n)} vs. 0) : Input {what} should be greater "
                             f"than 0, but got {int(n)}")
    if len(size) == 2:
        return int(size[0]), int(size[1])
    n = int(size[0])
    if keep_ratio:
        return (n, int(h * n / w)) if h > w else (int(w * n / h), n)
    return n, n


@defop("_image_resize")
def _resize(data, *, size=(), keep_ratio=False, interp=1):
    """(H, W, C) or (N, H, W, C) images resized with OpenCV's interpolation ``interp``."""
    from ..gluon.data.vision._resize import NO_FP16, OPENCV_NO_DATA, resize_hwc
    if data.ndim not in (3, 4):
        raise MXNetError(_resize_rank_refusal(data.ndim))
    if data.ndim == 3 and not data.shape[2]:        # MXNet runs the kernel of an empty result at the call
        raise MXNetError(NO_FP16 if data.dtype == np.float16 else OPENCV_NO_DATA)
    out_w, out_h = _size_hw(legacy_dim(data.shape[-3]), legacy_dim(data.shape[-2]), size, keep_ratio)
    if not data.size:       # an unknown (legacy 0) size reaching the result's shape is refused at once
        from .failures import refuse_negative_dims
        refuse_negative_dims([legacy_dim(n) for n in data.shape[:-3]] + [out_h, out_w])
    try:
        if data.dtype == np.int8 and interp != 0 and data.ndim == 3:
            # imresize takes int8, and so does this op's batch loop; its single-image path hands OpenCV no kernel
            raise MXNetError(f"image.resize: int8 images can only be resized with interp=0 (nearest), "
                             f"got interp={interp}")
        if data.ndim == 3:
            return resize_hwc(data, out_w, out_h, interp)
        return np.stack([resize_hwc(img, out_w, out_h, interp) for img in data]) if len(data) else \
            np.zeros((0, out_h, out_w, data.shape[-1]), data.dtype)
    except MXNetError as e:     # a dtype or method OpenCV refuses: MXNet finds it in the kernel, raised on reading
        shaped = np.zeros(data.shape[:-3] + (out_h, out_w, data.shape[-1]), data.dtype)
        raise KernelError(message_of(e), shaped) from None


def resize(data, size=_Null, keep_ratio=_Null, interp=_Null, out=None, name=None):
    """Resize images to ``size`` = (width, height), or an int (a square, or the short side with keep_ratio)."""
    return OPS["_image_resize"](data, out=out, **_given(size=size, keep_ratio=keep_ratio, interp=interp))


# ---- colour -----------------------------------------------------------------------------------
_EIGVAL = np.array([55.46, 4.794, 1.148])
_EIGVEC = np.array([[-0.5675, 0.7192, 0.4009], [-0.5808, -0.0045, -0.8140], [-0.5836, -0.6948, 0.4203]])
_GRAY = np.array([0.299, 0.587, 0.114], np.float32)


def _check_rgb(name, data):
    _check_hwc(data)


def _lighting(data, alpha):
    """AlexNet-style PCA lighting noise: add eigvec @ (alpha * eigval) to each pixel."""
    if data.shape[-1] != 3:     # MXNet's lighting kernels leave a gray image's fresh output unwritten: zero
        return np.zeros_like(data)
    if alpha is None:       # given as None: a tuple of unknown length (-1), where MXNet reads alpha[0]
        raise MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, -1)")
    alpha = np.asarray(alpha, np.float32).reshape(-1)
    if alpha.size < 3:      # MXNet reads alpha[0], alpha[1], alpha[2] (and ignores any more)
        raise MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {alpha.size} must be in range [0, {alpha.size})")
    eig = (_EIGVEC * _EIGVAL).astype(np.float32)     # constants folded in double, as MXNet does
    pca = eig[:, 0] * alpha[0] + eig[:, 1] * alpha[1] + eig[:, 2] * alpha[2]
    return _saturate(data.astype(np.float32) + pca, data.dtype)


@defop("_image_adjust_lighting")
def _adjust_lighting(data, *, alpha):
    """Add PCA lighting noise with weights ``alpha`` (3 values) to RGB images."""
    _check_rgb("adjust_lighting", data)
    no_bool("_image_adjust_lighting", data)
    try:
        return _lighting(data, alpha)
    except MXNetError as e:     # MXNet's kernel reads alpha's three values: found there, raised on reading
        raise KernelError(message_of(e), np.zeros_like(data)) from None


@defop("_image_random_lighting")
def _random_lighting(data, *, alpha_std=0.05):
    """Add PCA lighting noise with weights drawn from N(0, alpha_std^2)."""
    _check_rgb("random_lighting", data)
    no_bool("_image_random_lighting", data)
    draw = _Normal(0.0, alpha_std)
    return _lighting(data, [draw(), draw(), draw()])


def _brightness(data, alpha):
    return _saturate(data.astype(np.float32) * np.float32(alpha), data.dtype)


def _scaled(data, alpha):
    """``data * alpha`` in float32; a float16 image's product is rounded to half, as MXNet's half type keeps it."""
    return _as_image_type(data.astype(np.float32) * np.float32(alpha), data.dtype)


def _as_image_type(values, dtype):
    """Float32 intermediates stored in a float16 image's type, as MXNet's half kernels keep them."""
    return values.astype(np.float16).astype(np.float32) if dtype == np.float16 else values


def _float_sum_of_doubles(terms):
    """A float accumulator adding double terms one by one: each sum taken in double, stored as float."""
    total = np.float32(0)
    for t in terms.tolist():
        total = np.float32(float(total) + t)
    return total


def _contrast(data, alpha):
    """Blend the image with its mean gray level (summed pixel by pixel in float, as MXNet does)."""
    if not data.size:       # no pixels: nothing to blend
        return data.copy()
    if data.dtype == np.float64:        # double pixels meet the float factors in double, rounded when stored
        terms = data * _GRAY.astype(np.float64) if data.shape[-1] == 3 else data
        gray = _float_sum_of_doubles(terms.reshape(-1)) / np.float32(data.shape[0] * data.shape[1])
        beta = (np.float32(1) - np.float32(alpha)) * gray
        return (data * np.float64(np.float32(alpha)) + np.float64(beta)).astype(np.float32).astype(np.float64)
    x = data.astype(np.float32)
    terms = _as_image_type(x * _GRAY, data.dtype) if x.shape[-1] == 3 else x
    total = np.cumsum(terms.reshape(-1), dtype=np.float32)[-1]
    gray = total / np.float32(x.shape[0] * x.shape[1])
    beta = (np.float32(1) - np.float32(alpha)) * gray
    return _saturate(_scaled(data, alpha) + beta, data.dtype)


def _saturation(data, alpha):
    """Blend each pixel with a gray level; MXNet 1.9.1's gray is the blue channel's term alone."""
    if data.shape[-1] != 3:
        return data.copy()
    if data.dtype == np.float64:        # double pixels meet the float factors in double, rounded when stored
        gray = (data[..., 2:3] * np.float64(_GRAY[2])).astype(np.float32)
        beta = np.float64(gray * (np.float32(1) - np.float32(alpha)))
        return (beta + data * np.float64(np.float32(alpha))).astype(np.float32).astype(np.float64)
    gray = _as_image_type(data[..., 2:3].astype(np.float32) * _GRAY[2], data.dtype)
    return _saturate(_scaled(data, alpha) + (np.float32(1) - np.float32(alpha)) * gray, data.dtype)


def _random_enhance(name, fn):
    @defop("_image_random_" + name)
    def op(data, *, min_factor, max_factor):
        _check_rgb("random_" + name, data)
        no_bool("_image_random_" + name, data)
        return fn(data, _uniform(min_factor, max_factor))
    op.__doc__ = f"Random {name}: a factor drawn uniformly from [min_factor, max_factor]."
    return op


_random_brightness = _random_enhance("brightness", _brightness)
_random_contrast = _random_enhance("contrast", _contrast)
_random_saturation = _random_enhance("saturation", _saturation)


_HLS_SECTORS = np.array([[1, 3, 0], [1, 0, 2], [3, 0, 1], [0, 2, 1], [0, 1, 3], [2, 1, 0]])


def _hue(data, alpha):
    """Rotate hue by ``alpha`` turns through OpenCV-style RGB <-> HLS conversions in float32; MXNet's kernel
    writes nothing for a gray image, whose fresh output stays zero."""
    if data.shape[-1] != 3:
        return np.zeros_like(data)
    f32 = np.float32
    x = data.astype(f32)
    r, g, b = (x[..., i] / f32(255) for i in range(3))
    vmax, vmin = np.maximum(np.maximum(r, g), b), np.minimum(np.minimum(r, g), b)
    diff = vmax - vmin
    lum = (vmax + vmin) * f32(0.5)
    coloured = diff > np.finfo(f32).eps
    with np.errstate(divide="ignore", invalid="ignore"):
        sat = np.where(lum < f32(0.5), diff / (vmax + vmin), diff / (f32(2) - vmax - vmin))
        scale = f32(60) / diff
        hue = np.where(vmax == r, (g - b) * scale,
                       np.where(vmax == g, (b - r) * scale + f32(120), (r - g) * scale + f32(240)))
    hue = np.where(hue < 0, hue + f32(360), hue)
    sat, hue = np.where(coloured, sat, f32(0)), np.where(coloured, hue, f32(0))
    hue = (hue + f32(alpha) * f32(360)) * f32(1.0 / 60.0)
    hue = np.mod(hue, f32(6)).astype(f32)
    p2 = np.where(lum <= f32(0.5), lum * (f32(1) + sat), lum + sat - lum * sat)
    p1 = f32(2) * lum - p2
    sector = np.minimum(hue.astype(np.int64), 5)
    frac = hue - sector.astype(f32)
    tab = np.stack([p2, p1, p1 + (p2 - p1) * (f32(1) - frac), p1 + (p2 - p1) * frac], axis=-1)
    pick = _HLS_SECTORS[sector]
    rgb = np.stack([np.take_along_axis(tab, pick[..., k:k + 1], -1)[..., 0] for k in (2, 1, 0)], axis=-1)
    rgb = np.where((sat != 0)[..., None], rgb, lum[..., None]) * f32(255)
    return _saturate(rgb, data.dtype)


_random_hue = _random_enhance("hue", _hue)


def random_hue(data, min_factor=_Null, max_factor=_Null, out=None, name=None):
    """Rotate hue by a random fraction of a turn in [min_factor, max_factor]."""
    return _random_factor("hue", data, min_factor, max_factor, out)


def _uniform_int(top):
    """libstdc++ uniform_int_distribution on [0, top] over the sequential engine."""
    from .ops_random import RESOURCE, _uniform_index
    return _uniform_index(RESOURCE.sequential, top)


def _shuffled(items):
    """std::shuffle as MXNet's library has it: swap each position i >= 1 with a uniform draw from [0, i]."""
    items = list(items)
    for i in range(1, len(items)):
        j = _uniform_int(i)
        items[i], items[j] = items[j], items[i]
    return items


@defop("_image_random_color_jitter")
def _random_color_jitter(data, *, brightness, contrast, saturation, hue):
    """Brightness, contrast, saturation and hue jitter applied in a random order."""
    _check_rgb("random_color_jitter", data)
    no_bool("_image_random_color_jitter", data)
    steps = {0: (brightness, _brightness, True), 1: (contrast, _contrast, True),
             2: (saturation, _saturation, True), 3: (hue, _hue, False)}
    out = data
    for k in _shuffled(range(4)):
        amount, fn, around_one = steps[k]
        if amount > 0:
            alpha = _uniform(-amount, amount)
            if fn is _hue and data.shape[-1] != 3:      # the step leaves MXNet's output as it was (fresh: zero)
                out = np.zeros_like(data) if out is data else out
                continue
            out = fn(out, np.float32(1.0 + float(alpha)) if around_one else alpha)
    # MXNet writes its output only in the steps it takes: with no factor above 0 the fresh output stays zero
    return np.zeros_like(data) if out is data else out


# ---- backward rules as MXNet 1.9.1 registers them ---------------------------------------------
def _identity_grad(dy, out, data, **attrs):
    """MXNet gives the flips and colour operators a copying backward: the head gradient passes
    through unchanged (a flip does not mirror it back)."""
    return dy


def _copy_grad_checked(dy, out, data, **attrs):
    """MXNet's copying backward of to_tensor and resize fails unless the output has the input's shape: its
    shape inference gives the input gradient the output's shape. A bound executor's graph keeps the gradient
    array it was given, so there the copy runs on flat memory and fails only for another size."""
    from ..autograd import BackwardNodeRefusal, _state
    if dy.shape == data.shape:
        return dy
    if _state.bound_graph:
        if dy.size != data.size:
            raise MXNetError(f"Check failed: from.Size() == to.Size() ({dy.size} vs. {data.size}) : ")
        return dy.reshape(data.shape)
    from .shape_text import provided
    raise BackwardNodeRefusal(out, "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {node} at "
                                   f"0-th output: expected {provided(dy.shape)}, got {provided(data.shape)}")


for _op in (_flip_left_right, _flip_top_bottom, _random_flip_left_right, _random_flip_top_bottom,
            _random_brightness, _random_contrast, _random_saturation, _random_hue, _random_color_jitter,
            _adjust_lighting, _random_lighting):
    _op.grad(_identity_grad)
_to_tensor.grad(_copy_grad_checked)
_resize.grad(_copy_grad_checked)


def random_color_jitter(data, brightness=_Null, contrast=_Null, saturation=_Null, hue=_Null, out=None, name=None,
                        **kwargs):
    """Randomly jitter brightness, contrast, saturation and hue (all required), in a random order."""
    given = _given(brightness=brightness, contrast=contrast, saturation=saturation, hue=hue)
    return OPS["_image_random_color_jitter"](data, out=out, **given, **kwargs)


def adjust_lighting(data, alpha=_Null, out=None, name=None):
    """Add AlexNet-style PCA lighting noise with weights ``alpha``."""
    return OPS["_image_adjust_lighting"](data, out=out, **_given(alpha=alpha))


def random_lighting(data, alpha_std=_Null, out=None, name=None):
    """Add PCA lighting noise with random weights of deviation ``alpha_std`` (0.05 when not given)."""
    return OPS["_image_random_lighting"](data, out=out, **_given(alpha_std=alpha_std))


def _random_factor(kind, data, min_factor, max_factor, out):
    """``_image_random_<kind>``: both factors are required, and the parser refuses one left out."""
    return OPS["_image_random_" + kind](data, out=out, **_given(min_factor=min_factor, max_factor=max_factor))


def random_brightness(data, min_factor=_Null, max_factor=_Null, out=None, name=None):
    """Scale brightness by a random factor in [min_factor, max_factor]."""
    return _random_factor("brightness", data, min_factor, max_factor, out)


def random_contrast(data, min_factor=_Null, max_factor=_Null, out=None, name=None):
    """Scale contrast by a random factor in [min_factor, max_factor]."""
    return _random_factor("contrast", data, min_factor, max_factor, out)


def random_saturation(data, min_factor=_Null, max_factor=_Null, out=None, name=None):
    """Scale saturation by a random factor in [min_factor, max_factor]."""
    return _random_factor("saturation", data, min_factor, max_factor, out)


# called with arguments their signatures cannot bind, the functions fail as MXNet's operators do
__all__ = []        # the operators' short names (those of sym.image and npx.image too)
for _name, _fn in list(globals().items()):
    if inspect.isfunction(_fn) and f"_image_{_name}" in OPS:
        globals()[_name] = or_operator(f"_image_{_name}")(_fn)
        __all__.append(_name)
__all__.sort()
del _name, _fn


def __dir__():
    """The module's own attributes and operators, as MXNet's nd.image lists them (no imported helpers)."""
    return sorted([n for n in globals() if n.startswith("__") and n != "__dir__"] + __all__)


# a legacy 0-d image has an unknown rank (-1), which each operator's rank check refuses first
for _op in (_flip_left_right, _flip_top_bottom, _random_flip_left_right, _random_flip_top_bottom, _adjust_lighting,
            _random_lighting, _random_brightness, _random_contrast, _random_saturation, _random_hue,
            _random_color_jitter):
    _op.shapeless_words = lambda attrs: _hwc_refusal(-1, "None")
_normalize.shapeless_words = lambda attrs: _tensor_rank_refusal("None")
_resize.shapeless_words = lambda attrs: _resize_rank_refusal(-1)
_crop.shapeless_words = lambda attrs: _crop_rank_refusal(-1)
