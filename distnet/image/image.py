"""``mx.image``: reading, decoding, resizing and cropping HWC images, and the Augmenter classes."""
import inspect
import json
import random
import warnings
from numbers import Number

import numpy as np

from .. import ndarray as nd
from ..base import MXNetError, _Null, located, numeric_types, message_of
from ..gluon.data.vision._image_ops import _get_interp_method, _scale_down, rotate_image
from ..gluon.data.vision._resize import OPENCV_NO_DATA, resize_hwc
from ..ndarray import NDArray
from ..ndarray.ndarray import _wrap
from ._codec import DamagedImage, UnfillableImage, decode_hwc

__all__ = ["imread", "imdecode", "imresize", "scale_down", "copyMakeBorder", "resize_short", "fixed_crop",
           "random_crop", "center_crop", "color_normalize", "random_size_crop", "Augmenter", "SequentialAug",
           "ResizeAug", "ForceResizeAug", "RandomCropAug", "RandomSizedCropAug", "CenterCropAug",
           "RandomOrderAug", "BrightnessJitterAug", "ContrastJitterAug", "SaturationJitterAug", "HueJitterAug",
           "ColorJitterAug", "LightingAug", "ColorNormalizeAug", "RandomGrayAug", "HorizontalFlipAug",
           "CastAug", "CreateAugmenter", "ImageIter", "Number", "imrotate", "random_rotate"]

# OpenCV border types -> numpy pad modes
_BORDERS = {0: "constant", 1: "edge", 2: "symmetric", 3: "wrap", 4: "reflect"}


def _in_numpy_mode(arr):
    """``arr`` as an mx.np array under npx.set_np() (MXNet's image readers then answer with mx.np arrays)."""
    from ..util import is_np_array
    if is_np_array():
        from ..numpy.multiarray import as_np
        return as_np(arr)
    return arr


def _decoded(pixels, out):
    """A decoder's result: a new array, or ``out`` made to hold the pixels whatever its shape and dtype (MXNet's
    decoders give ``out`` a new buffer: a view's base is left untouched)."""
    if out is None:
        return _in_numpy_mode(_wrap(pixels))
    out._data = pixels
    return out


_UNSET = _Null      # a parameter the caller left out (MXNet's parser then takes its default, or misses it)

# each legacy image operator's parameters in MXNet's order, with their defaults (_UNSET: required)
_OP_PARAMS = {
    "_cvimresize": {"w": _UNSET, "h": _UNSET, "interp": 1},
    "_cvcopyMakeBorder": {"top": _UNSET, "bot": _UNSET, "left": _UNSET, "right": _UNSET, "type": 0, "value": 0.0,
                          "values": ()},
    "_cvimdecode": {"flag": 1, "to_rgb": True},
    "_cvimread": {"filename": _UNSET, "flag": 1, "to_rgb": True},
}


def _op_attrs(op_name, **given):
    """The attributes given to a legacy image operator, defaults filled in, read as MXNet's parser reads their
    text: an unknown name, a missing required one or an unreadable value is refused in its words."""
    from ..ndarray.param_text import in_operator, read_attrs
    from ..symbol.enums import missing_parameter
    params = _OP_PARAMS[op_name]
    given = {k: v for k, v in given.items() if v is not _UNSET}
    for key in given:
        if key not in params:
            from ..ndarray.param_docs import unknown_argument
            passed = {**{k: v for k, v in given.items() if k not in params}, **given}  # (the generated call's order)
            raise MXNetError(unknown_argument(op_name, key, in_operator(op_name, passed, imperative=True)))
    for key, default in params.items():
        if default is _UNSET and key not in given:
            raise missing_parameter(op_name, key, given)
    values = read_attrs(op_name, given, imperative=True)
    return tuple(values.get(k, d) for k, d in params.items())


def _check_flag(flag, op_name, given):
    """``flag`` refused when it is negative, naming the attributes ``given`` in MXNet's order."""
    from ..ndarray.param_text import in_operator
    if flag < 0:
        shown = {k: v for k, v in given.items() if v is not _UNSET}
        raise MXNetError(f"value {flag} for Parameter flag should be greater equal to 0\nflag: Convert decoded image "
                         f"to grayscale (0) or color (1).{in_operator(op_name, shown, imperative=True)}")


# MXNet's numbers for array types, which its checks print
_TYPE_FLAGS = {"float32": 0, "float64": 1, "float16": 2, "uint8": 3, "int32": 4, "int8": 5, "int64": 6, "bool": 7}


def imdecode(buf, *args, **kwargs):
    """Decode JPEG or PNG bytes into an H x W x C uint8 NDArray (RGB unless ``to_rgb=False``).

    Parameters
    ----------
    buf : bytes, bytearray, numpy.ndarray or NDArray
        The encoded image.
    flag : int, default 1
        1 for three colour channels, 0 for one grayscale channel.
    to_rgb : bool, default True
        Channel order RGB (True) or OpenCV's BGR (False).
    out : NDArray, optional
        Receives the pixels.

    The arguments after ``buf`` (flag, to_rgb, out, name) go to the decode operator's function, as in MXNet.
    """
    from ..util import is_np_array
    if not isinstance(buf, NDArray):
        if not isinstance(buf, (bytes, bytearray, np.ndarray)):
            raise ValueError("buf must be of type bytes, bytearray or numpy.ndarray,"
                             "if you would like to input type str, please convert to bytes")
        buf = nd.array(np.frombuffer(buf, dtype=np.uint8), dtype=np.uint8)     # the operator takes arrays only
    return (_npi_cvimdecode if is_np_array() else _cvimdecode)(buf, *args, **kwargs)


def _cvimdecode(buf=None, flag=_UNSET, to_rgb=_UNSET, out=None, name=None, **kwargs):  # noqa: ARG001
    """The decode operator's function (``name`` is a symbol's, unused here)."""
    if buf is not None and not isinstance(buf, NDArray):
        raise AssertionError(f"Argument buf must have NDArray type, but got {buf!s}")
    return _decode_buffer(buf, flag, to_rgb, out, kwargs)


def _npi_cvimdecode(buf=None, flag=_UNSET, to_rgb=_UNSET, out=None, name=None, **kwargs):  # noqa: ARG001
    """The mx.np decode operator's function."""
    return _decode_buffer(buf, flag, to_rgb, out, kwargs)


_npi_cvimdecode.__qualname__ = "cvimdecode"     # as a call's TypeError names it


def _decode_buffer(buf, flag, to_rgb, out, kwargs):
    if isinstance(buf, NDArray):
        if buf.dtype != np.uint8:
            flag = _TYPE_FLAGS.get(np.dtype(buf.dtype).name, -1)
            raise MXNetError(f"Check failed: inputs[0].dtype() == mshadow: :kUint8 ({flag} vs. 3) : Input needs to be "
                             "uint8 buffer")
        buf = buf.asnumpy()
    if isinstance(buf, np.ndarray):
        buf = np.ascontiguousarray(buf).tobytes()      # MXNet reads an array's raw bytes
    given = dict(flag=flag, to_rgb=to_rgb)
    flag, to_rgb = _op_attrs("_cvimdecode", flag=flag, to_rgb=to_rgb, **kwargs)
    _check_flag(flag, "_cvimdecode", given)
    try:
        pixels = decode_hwc(buf, flag, to_rgb)
    except UnfillableImage as e:
        return _unfilled(e, out)
    except DamagedImage as e:
        return _undecoded(e, out)
    return _decoded(pixels, out)


def imread(filename, *args, **kwargs):
    """Read and decode an image file into an H x W x C uint8 NDArray (see ``imdecode``); the arguments after
    ``filename`` (flag, to_rgb, out, name) go to the read operator's function, as in MXNet."""
    from ..util import is_np_array
    return (_npi_cvimread if is_np_array() else _cvimread)(filename, *args, **kwargs)


def _cvimread(filename=_UNSET, flag=_UNSET, to_rgb=_UNSET, out=None, name=None, **kwargs):  # noqa: ARG001
    """The read operator's function (``name`` is a symbol's, unused here)."""
    return _read_file(filename, flag, to_rgb, out, kwargs)


def _npi_cvimread(filename=None, flag=_UNSET, to_rgb=_UNSET, out=None, name=None, **kwargs):  # noqa: ARG001
    """The mx.np read operator's function."""
    return _read_file(filename, flag, to_rgb, out, kwargs)


_npi_cvimread.__qualname__ = "cvimread"     # as a call's TypeError names it


def _read_file(filename, flag, to_rgb, out, kwargs):
    if filename is not _UNSET:
        filename = str(filename)    # MXNet passes it to its operator as text: str() of whatever was given
    given = dict(filename=filename, flag=flag, to_rgb=to_rgb)     # as the generated function sends them
    filename, flag, to_rgb = _op_attrs("_cvimread", filename=filename, flag=flag, to_rgb=to_rgb, **kwargs)
    _check_flag(flag, "_cvimread", given)
    try:
        with open(filename, "rb") as f:
            data = f.read()
    except IsADirectoryError:      # MXNet's C++ stream opens a directory, whose read size then cannot be allocated
        raise MXNetError("std: :bad_alloc") from None
    except OSError as e:
        raise MXNetError(f"Imread: Check failed: file.is_open(): '{filename}' couldn't open file: "
                         f"{e.strerror}") from None
    if not data:        # MXNet hands OpenCV the empty file, which refuses it
        raise MXNetError("OpenCV(3.4.2) /work/mxnet/staticdeps/opencv-3.4.2/modules/imgcodecs/src/loadsave.cpp:737: "
                         "error: (-215:Assertion failed) !buf.empty() && buf.isContinuous() in function 'imdecode_'")
    try:
        pixels = decode_hwc(data, flag, to_rgb)
    except UnfillableImage as e:
        return _unfilled(e, out)
    except DamagedImage as e:
        return _undecoded(e, out)
    return _decoded(pixels, out)


def _unfilled(error, out):
    """The 8-bit 3-channel result MXNet allocated for an image decoded elsewhere: its kernel's error is raised
    when it is read."""
    from ..ndarray.failures import KernelError, deliver
    placeholder = np.zeros(error.shape, np.uint8)
    failure = located(KernelError(error.check_failure(placeholder), placeholder), ("../src/io/image_io.cc", 170))
    return deliver(failure, _decoded(placeholder, out), out)


def _undecoded(error, out):
    """The result MXNet allocated for an image whose header it read but which does not decode: the decoding
    error is raised when it is read."""
    from ..ndarray.failures import KernelError, deliver
    placeholder = np.zeros(error.shape, np.uint8)
    return deliver(KernelError(message_of(error), placeholder), _decoded(placeholder, out), out)


def _numpy(src):
    return src.asnumpy() if isinstance(src, NDArray) else np.asarray(src)


def _like(src, pixels):
    if isinstance(src, NDArray):
        return _in_numpy_mode(_wrap(pixels, src.ctx))
    return _in_numpy_mode(_wrap(pixels))


def _op_result(src, pixels, out, op_name):
    """An OpenCV image operator's result: a new array like ``src``, or written into ``out``, whose dtype is
    checked by MXNet's type inference and then its shape against the result's."""
    if out is None:
        return _like(src, pixels)
    if np.dtype(out.dtype) != pixels.dtype:
        raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                         f"expected {pixels.dtype.name}, got {np.dtype(out.dtype).name}")
    if tuple(out.shape) != pixels.shape:
        from ..ndarray.shape_text import provided
        got, want = provided(out.shape), provided(pixels.shape)
        raise MXNetError(f"Check failed: outputs[i]->shape() == out_shapes[i] ({got} vs. {want}) : 0-th output has "
                         f"invalid shape. Expecting {want} got {got} in operator {op_name}")
    out[:] = pixels
    return out


def _check_array_kind(src, opname, numpy_op):
    """MXNet's AssertionError for a ``src`` that is no NDArray (a numpy array, a list), and its TypeError for a
    legacy NDArray given to an mx.np image operator (under npx.set_np()), or an mx.np array given to a legacy one."""
    from ..numpy.multiarray import ndarray as np_ndarray, refuse_legacy_arrays
    from ..util import is_np_array
    if not isinstance(src, NDArray):
        raise AssertionError(f"Argument src must have NDArray type, but got {src}")
    if numpy_op and is_np_array():
        refuse_legacy_arrays(opname, (src,))
    if not numpy_op and isinstance(src, np_ndarray):
        from ..ndarray.array_kinds import refuse_numpy_input
        refuse_numpy_input(opname)


def _check_output_size(h, w, given):
    """The resize operator's range checks of ``h`` then ``w`` (at least 1), naming the attributes ``given``."""
    from ..ndarray.param_text import in_operator
    for key, value, text in (("h", h, "Height"), ("w", w, "Width")):
        if value < 1:
            shown = {k: v for k, v in given.items() if v is not _UNSET}
            raise MXNetError(f"value {value} for Parameter {key} should be greater equal to 1\n{key}: {text} of "
                             f"resized image.{in_operator('_cvimresize', shown, imperative=True)}")


def imresize(src, w, h, *args, **kwargs):
    """Resize an H x W x C image to ``h`` x ``w`` with OpenCV's interpolation ``interp``
    (0 nearest, 1 bilinear, 2 bicubic, 3 area, 4 Lanczos, 5 bit-exact bilinear): the operator function's
    arguments follow (interp, out, name)."""
    from ..util import is_np_array
    # MXNet resizes with the mx.np operator under npx.set_np(), else the legacy one
    return (_npi_cvimresize if is_np_array() else _cvimresize)(src, w, h, *args, **kwargs)


def _cvimresize(src=None, w=_UNSET, h=_UNSET, interp=_UNSET, out=None, name=None, **kwargs):  # noqa: ARG001
    """The resize operator's function (``name`` is a symbol's, unused here)."""
    return _resized(src, w, h, interp, out, kwargs)


def _npi_cvimresize(src=None, w=_UNSET, h=_UNSET, interp=_UNSET, out=None, name=None, **kwargs):  # noqa: ARG001
    """The mx.np resize operator's function."""
    return _resized(src, w, h, interp, out, kwargs)


_npi_cvimresize.__qualname__ = "cvimresize"     # as a call's TypeError names it


def _resized(src, w, h, interp, out, kwargs):
    from ..util import is_np_array
    numpy_mode = is_np_array()
    _check_array_kind(src, "_npi_cvimresize" if numpy_mode else "_cvimresize", numpy_op=numpy_mode)
    img = _numpy(src)
    given = dict(w=w, h=h, interp=interp)
    w, h, interp = _op_attrs("_cvimresize", **given, **kwargs)
    _check_output_size(h, w, given)
    _check_hwc("_cvimresize", img, given)
    try:
        pixels = resize_hwc(img, w, h, interp)
    except MXNetError as e:     # a dtype or method OpenCV refuses: MXNet's kernel finds it, raised on reading
        return _kernel_refusal(src, e, (h, w, img.shape[2]), img.dtype, out, "_cvimresize")
    return _op_result(src, pixels, out, "_cvimresize")


def _check_hwc(op_name, img, given):
    """MXNet's shape inference of an OpenCV image operator: it takes H x W x C images only."""
    if img.ndim != 3:
        from ..ndarray.param_text import map_keys
        from ..ndarray.shape_text import inference_failed
        from ..symbol.graph import attr_to_str
        shown = {k: v for k, v in given.items() if v is not _UNSET}
        raise MXNetError(inference_failed(op_name, [img.shape], [None])
                         + "".join(f"{k} : {attr_to_str(shown[k])}\n" for k in map_keys(op_name, shown, True)) + "\n")


def _kernel_refusal(src, error, shape, dtype, out, op_name):
    """The result of an OpenCV image kernel that refused its input: MXNet raises ``error`` when it is read."""
    from ..ndarray.failures import KernelError, deliver
    placeholder = np.zeros(tuple(max(0, d) for d in shape), dtype)
    return deliver(KernelError(message_of(error), placeholder), _op_result(src, placeholder, out, op_name), out)


def _cvcopyMakeBorder(src=None, top=_UNSET, bot=_UNSET, left=_UNSET, right=_UNSET, type=_UNSET,  # noqa: A002
                   value=_UNSET, values=_UNSET, out=None, name=None, **kwargs):
    """Pad an H x W x C image by ``top``/``bot``/``left``/``right`` pixels with OpenCV's border ``type``
    (0 constant ``value`` or per-channel ``values``, 1 replicate, 2 reflect, 3 wrap, 4 reflect-101)."""
    given = dict(top=top, bot=bot, left=left, right=right, type=type, value=value, values=values)
    top, bot, left, right, type, value, values = _op_attrs("_cvcopyMakeBorder", **given, **kwargs)  # noqa: A001
    if src is None:         # an input left out, as MXNet's C API counts it
        from ..numpy.multiarray import not_an_array
        raise not_an_array("src", None, "_cvcopyMakeBorder")
    _check_array_kind(src, "_cvcopyMakeBorder", numpy_op=False)
    img = _numpy(src)
    _check_hwc("_cvcopyMakeBorder", img, given)
    shape = (img.shape[0] + top + bot, img.shape[1] + left + right, img.shape[2])
    _check_border_shape(shape)
    scalar = _border_scalar(value, values)
    refusal = _border_refusal(img.dtype, (top, bot, left, right), type & ~16,   # (BORDER_ISOLATED changes nothing)
                              scalar, img.shape[2])
    if refusal and 0 not in shape:      # (MXNet runs no kernel for an empty result)
        return _kernel_refusal(src, MXNetError(refusal), shape, img.dtype, out, "_cvcopyMakeBorder")
    type &= ~16  # noqa: A001
    if not top and not bot and not left and not right or 0 in shape:
        return _op_result(src, np.zeros(shape, img.dtype) if 0 in shape else img.copy(), out, "_cvcopyMakeBorder")
    pad = ((top, bot), (left, right)) + ((0, 0),) * (img.ndim - 2)
    if type != 0:
        pixels = np.pad(img, pad, mode=_BORDERS[type])
    else:
        fill = _border_fill(scalar, img.shape[2], img.dtype)
        pixels = np.empty((img.shape[0] + top + bot, img.shape[1] + left + right) + img.shape[2:], img.dtype)
        pixels[...] = fill
        pixels[top:top + img.shape[0], left:left + img.shape[1]] = img
    return _op_result(src, pixels, out, "_cvcopyMakeBorder")


def _shown_as(fn, *positional, generated=()):
    """Give ``fn`` the signature MXNet's function shows: ``positional`` then ``*args, **kwargs`` (MXNet's front
    end), or (``generated``: its attributes) the operator function it generates."""
    kind = inspect.Parameter.POSITIONAL_OR_KEYWORD
    params = [inspect.Parameter(p, kind, default=None if generated else inspect.Parameter.empty) for p in positional]
    if generated:
        params += [inspect.Parameter(a, kind, default=_Null) for a in generated]
        params += [inspect.Parameter(a, kind, default=None) for a in ("out", "name")]
    else:
        params.append(inspect.Parameter("args", inspect.Parameter.VAR_POSITIONAL))
    fn.__signature__ = inspect.Signature(params + [inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD)])


_shown_as(_cvcopyMakeBorder, "src", generated=_OP_PARAMS["_cvcopyMakeBorder"])


def copyMakeBorder(src, top, bot, left, right, *args, **kwargs):
    """Pad an H x W x C image by ``top``/``bot``/``left``/``right`` pixels: the operator ``_cvcopyMakeBorder``
    (which mx.image itself holds under this name)."""
    return _cvcopyMakeBorder(src, top, bot, left, right, *args, **kwargs)


_OPENCV_COPY = "OpenCV(3.4.2) /work/mxnet/staticdeps/opencv-3.4.2/modules/core/src/copy.cpp:"


def _check_border_shape(shape):
    """MXNet's check of the padded shape, made at the call: below -1 is no size, and OpenCV makes no image of -1."""
    from ..ndarray.failures import refuse_negative_dims
    refuse_negative_dims([d for d in shape if d != -1])
    if -1 in shape:
        raise MXNetError(OPENCV_NO_DATA)


def _border_refusal(dtype, borders, border_type, scalar, channels):
    """The words of MXNet's copyMakeBorder kernel for what it refuses (None when it pads): float16, then
    OpenCV's checks of negative border sizes and, when it pads at all, an unknown border type, or a constant
    border of more than 4 channels whose ``scalar`` entries differ."""
    if dtype == np.float16:
        return "Check failed: inputs[0].type_flag_ != mshadow: :kFloat16 (2 vs. 2) : imresize doesn't support fp16"
    if min(borders) < 0:
        return (_OPENCV_COPY + "1176: error: (-215:Assertion failed) top >= 0 && bottom >= 0 && left >= 0 && "
                "right >= 0 in function 'copyMakeBorder'")
    if any(borders) and border_type not in _BORDERS:
        return (_OPENCV_COPY + "940: error: (-5:Bad argument) Unknown/unsupported border type in function "
                "'borderInterpolate'")
    if any(borders) and border_type == 0 and channels > 4 and len(set(scalar)) > 1:
        return (_OPENCV_COPY + "1224: error: (-215:Assertion failed) value[0] == value[1] && value[0] == value[2] "
                "&& value[0] == value[3] in function 'copyMakeBorder'")
    return None


def _border_scalar(value, values):
    """The constant border as OpenCV's 4-entry Scalar holds it: ``values`` (a number counts as one entry)
    padded with zeros, else ``value`` on the first three entries."""
    values = () if values is None else (values,) if np.isscalar(values) else tuple(values)   # (None: unknown length)
    return (list(values[:4]) + [0.0] * 4)[:4] if values else [value] * 3 + [0.0]


def _border_fill(scalar, channels, dtype):
    """The constant border pixel of a ``channels`` image from OpenCV's ``scalar`` (more than 4 channels take its
    one value); rounded and saturated for ints."""
    if channels > 4:
        scalar = scalar * channels
    fill = np.array(scalar[:channels], np.float64)
    if np.issubdtype(dtype, np.integer):
        info = np.iinfo(dtype)
        fill = np.rint(fill)
        if info.bits <= 32:     # OpenCV rounds to a 32-bit int first: outside its range is INT_MIN (x86's answer)
            fill = np.where((fill < -2 ** 31) | (fill > 2 ** 31 - 1), -2 ** 31, fill)
        fill = np.clip(fill, info.min, info.max)
    return fill.astype(dtype)


def scale_down(src_size, size):
    """The crop ``size`` (w, h) shrunk to fit ``src_size`` (w, h), keeping its aspect ratio."""
    return _scale_down(src_size, size)


def resize_short(src, size, interp=2):
    """Resize so the shorter side is ``size``, keeping the aspect ratio."""
    h, w, _ = src.shape
    if h > w:
        new_h, new_w = size * h // w, size
    else:
        new_h, new_w = size, size * w // h
    return imresize(src, new_w, new_h, interp=_get_interp_method(interp, (h, w, new_h, new_w)))


def fixed_crop(src, x0, y0, w, h, size=None, interp=2):
    """Crop the (x0, y0, w, h) box, then resize it to ``size`` (w, h) when given."""
    out = src[y0:y0 + h, x0:x0 + w]
    if size is not None and (w, h) != size:     # as MXNet: a list ``size`` always resizes
        sizes = (h, w, size[1], size[0])
        out = imresize(out, *size, interp=_get_interp_method(interp, sizes))
    return out


def random_crop(src, size, interp=2):
    """A random crop of ``size`` (w, h) (scaled down to fit): (image, (x0, y0, w, h))."""
    h, w, _ = src.shape
    new_w, new_h = scale_down((w, h), size)
    x0 = random.randint(0, w - new_w)
    y0 = random.randint(0, h - new_h)
    return fixed_crop(src, x0, y0, new_w, new_h, size, interp), (x0, y0, new_w, new_h)


def center_crop(src, size, interp=2):
    """The central crop of ``size`` (w, h) (scaled down to fit): (image, (x0, y0, w, h))."""
    h, w, _ = src.shape
    new_w, new_h = scale_down((w, h), size)
    x0 = int((w - new_w) / 2)
    y0 = int((h - new_h) / 2)
    return fixed_crop(src, x0, y0, new_w, new_h, size, interp), (x0, y0, new_w, new_h)


def color_normalize(src, mean, std=None):
    """Subtract ``mean`` and divide by ``std`` in place; returns ``src``."""
    if mean is not None:
        src -= mean
    if std is not None:
        src /= std
    return src


def random_size_crop(src, size, area, ratio, interp=2, **kwargs):
    """A crop of random area fraction ``area`` and aspect ratio ``ratio`` resized to ``size``
    (center crop after 10 failed tries): (image, (x0, y0, w, h))."""
    h, w, _ = src.shape
    src_area = h * w
    if "min_area" in kwargs:
        warnings.warn("`min_area` is deprecated. Please use `area` instead.", DeprecationWarning)
        area = kwargs.pop("min_area")
    if kwargs:
        raise AssertionError("unexpected keyword arguments for `random_size_crop`.")
    if isinstance(area, numeric_types):
        area = (area, 1.0)
    for _ in range(10):
        target_area = random.uniform(area[0], area[1]) * src_area
        log_ratio = (np.log(ratio[0]), np.log(ratio[1]))
        new_ratio = np.exp(random.uniform(*log_ratio))
        new_w = int(round(np.sqrt(target_area * new_ratio)))
        new_h = int(round(np.sqrt(target_area / new_ratio)))
        if new_w <= w and new_h <= h:
            x0 = random.randint(0, w - new_w)
            y0 = random.randint(0, h - new_h)
            return fixed_crop(src, x0, y0, new_w, new_h, size, interp), (x0, y0, new_w, new_h)
    return center_crop(src, size, interp)


def imrotate(src, rotation_degrees, zoom_in=False, zoom_out=False):
    """Rotate a float32 C x H x W image or N x C x H x W batch by ``rotation_degrees`` (bilinear; zeros
    outside; ``zoom_in`` hides the padding, ``zoom_out`` keeps the whole image)."""
    return rotate_image(src, rotation_degrees, zoom_in, zoom_out)


def random_rotate(src, angle_limits, zoom_in=False, zoom_out=False):
    """Rotate by an angle drawn from numpy's uniform(``angle_limits``), one per image of a batch."""
    if src.ndim == 3:
        rotation_degrees = np.random.uniform(*angle_limits)
    else:
        rotation_degrees = nd.array(np.random.uniform(*angle_limits, size=src.shape[0]))
    return imrotate(src, rotation_degrees, zoom_in=zoom_in, zoom_out=zoom_out)


class Augmenter:
    """Base class of image augmenters: ``aug(src) -> src``; ``dumps()`` describes it as JSON."""

    def __init__(self, **kwargs):
        self._kwargs = kwargs
        for k, v in self._kwargs.items():
            if isinstance(v, NDArray):
                v = v.asnumpy()
            if isinstance(v, np.ndarray):
                self._kwargs[k] = v.tolist()

    def dumps(self):
        """A JSON string ``[name, kwargs]``."""
        return json.dumps([self.__class__.__name__.lower(), self._kwargs])

    def __call__(self, src):
        raise NotImplementedError("Must override implementation.")


class SequentialAug(Augmenter):
    """Apply the augmenters ``ts`` in order."""

    def __init__(self, ts):
        super().__init__()
        self.ts = ts

    def dumps(self):
        return [self.__class__.__name__.lower(), [x.dumps() for x in self.ts]]

    def __call__(self, src):
        for aug in self.ts:
            src = aug(src)
        return src


class ResizeAug(Augmenter):
    """Resize the shorter side to ``size``."""

    def __init__(self, size, interp=2):
        super().__init__(size=size, interp=interp)
        self.size, self.interp = size, interp

    def __call__(self, src):
        return resize_short(src, self.size, self.interp)


class ForceResizeAug(Augmenter):
    """Resize to exactly ``size`` (w, h)."""

    def __init__(self, size, interp=2):
        super().__init__(size=size, interp=interp)
        self.size, self.interp = size, interp

    def __call__(self, src):
        sizes = (src.shape[0], src.shape[1], self.size[1], self.size[0])
        return imresize(src, *self.size, interp=_get_interp_method(self.interp, sizes))


class RandomCropAug(Augmenter):
    """A random crop of ``size`` (w, h)."""

    def __init__(self, size, interp=2):
        super().__init__(size=size, interp=interp)
        self.size, self.interp = size, interp

    def __call__(self, src):
        return random_crop(src, self.size, self.interp)[0]


class RandomSizedCropAug(Augmenter):
    """A crop of random area and aspect ratio, resized to ``size`` (see ``random_size_crop``)."""

    def __init__(self, size, area, ratio, interp=2, **kwargs):
        super().__init__(size=size, area=area, ratio=ratio, interp=interp)
        self.size = size
        if "min_area" in kwargs:
            warnings.warn("`min_area` is deprecated. Please use `area` instead.", DeprecationWarning)
            self.area = kwargs.pop("min_area")
        else:
            self.area = area
        if kwargs:
            raise AssertionError("unexpected keyword arguments for `RandomSizedCropAug`.")
        self.ratio, self.interp = ratio, interp

    def __call__(self, src):
        return random_size_crop(src, self.size, self.area, self.ratio, self.interp)[0]


class CenterCropAug(Augmenter):
    """The central crop of ``size`` (w, h)."""

    def __init__(self, size, interp=2):
        super().__init__(size=size, interp=interp)
        self.size, self.interp = size, interp

    def __call__(self, src):
        return center_crop(src, self.size, self.interp)[0]


class RandomOrderAug(Augmenter):
    """Apply the augmenters ``ts`` in a random order."""

    def __init__(self, ts):
        super().__init__()
        self.ts = ts

    def dumps(self):
        return [self.__class__.__name__.lower(), [x.dumps() for x in self.ts]]

    def __call__(self, src):
        random.shuffle(self.ts)
        for t in self.ts:
            src = t(src)
        return src


_GRAY_COEF = [[[0.299, 0.587, 0.114]]]


class BrightnessJitterAug(Augmenter):
    """Scale by a random factor in [1 - brightness, 1 + brightness]."""

    def __init__(self, brightness):
        super().__init__(brightness=brightness)
        self.brightness = brightness

    def __call__(self, src):
        alpha = 1.0 + random.uniform(-self.brightness, self.brightness)
        src *= alpha
        return src


class ContrastJitterAug(Augmenter):
    """Blend with the mean gray level by a random factor in [1 - contrast, 1 + contrast]."""

    def __init__(self, contrast):
        super().__init__(contrast=contrast)
        self.contrast = contrast
        self.coef = nd.array(_GRAY_COEF)

    def __call__(self, src):
        alpha = 1.0 + random.uniform(-self.contrast, self.contrast)
        gray = src * self.coef
        gray = (3.0 * (1.0 - alpha) / gray.size) * nd.sum(gray)
        src *= alpha
        src += gray
        return src


class SaturationJitterAug(Augmenter):
    """Blend with each pixel's gray level by a random factor in [1 - saturation, 1 + saturation]."""

    def __init__(self, saturation):
        super().__init__(saturation=saturation)
        self.saturation = saturation
        self.coef = nd.array(_GRAY_COEF)

    def __call__(self, src):
        alpha = 1.0 + random.uniform(-self.saturation, self.saturation)
        gray = src * self.coef
        gray = nd.sum(gray, axis=2, keepdims=True)
        gray *= (1.0 - alpha)
        src *= alpha
        src += gray
        return src


class HueJitterAug(Augmenter):
    """Rotate the hue (in YIQ space) by a random fraction in [-hue, hue] of a half turn."""

    def __init__(self, hue):
        super().__init__(hue=hue)
        self.hue = hue
        self.tyiq = np.array([[0.299, 0.587, 0.114], [0.596, -0.274, -0.321], [0.211, -0.523, 0.311]])
        self.ityiq = np.array([[1.0, 0.956, 0.621], [1.0, -0.272, -0.647], [1.0, -1.107, 1.705]])

    def __call__(self, src):
        alpha = random.uniform(-self.hue, self.hue)
        u, w = np.cos(alpha * np.pi), np.sin(alpha * np.pi)
        bt = np.array([[1.0, 0.0, 0.0], [0.0, u, -w], [0.0, w, u]])
        t = np.dot(np.dot(self.ityiq, bt), self.tyiq).T
        return nd.dot(src, nd.array(t))


class ColorJitterAug(RandomOrderAug):
    """Brightness, contrast and saturation jitter in a random order."""

    def __init__(self, brightness, contrast, saturation):
        ts = []
        if brightness > 0:
            ts.append(BrightnessJitterAug(brightness))
        if contrast > 0:
            ts.append(ContrastJitterAug(contrast))
        if saturation > 0:
            ts.append(SaturationJitterAug(saturation))
        super().__init__(ts)


class LightingAug(Augmenter):
    """AlexNet-style PCA lighting noise: add ``eigvec @ (eigval * N(0, alphastd))`` (numpy's RNG)."""

    def __init__(self, alphastd, eigval, eigvec):
        super().__init__(alphastd=alphastd, eigval=eigval, eigvec=eigvec)
        self.alphastd, self.eigval, self.eigvec = alphastd, eigval, eigvec

    def __call__(self, src):
        alpha = np.random.normal(0, self.alphastd, size=(3,))
        rgb = np.dot(self.eigvec * alpha, self.eigval)
        src += nd.array(rgb)
        return src


class ColorNormalizeAug(Augmenter):
    """Subtract ``mean`` and divide by ``std`` (per channel)."""

    def __init__(self, mean, std):
        super().__init__(mean=mean, std=std)
        self.mean = mean if mean is None or isinstance(mean, NDArray) else nd.array(mean)
        self.std = std if std is None or isinstance(std, NDArray) else nd.array(std)

    def __call__(self, src):
        return color_normalize(src, self.mean, self.std)


class RandomGrayAug(Augmenter):
    """With probability ``p``, replace the colours by a gray level (0.21 R + 0.72 G + 0.07 B)."""

    def __init__(self, p):
        super().__init__(p=p)
        self.p = p
        self.mat = nd.array([[0.21, 0.21, 0.21], [0.72, 0.72, 0.72], [0.07, 0.07, 0.07]])

    def __call__(self, src):
        if random.random() < self.p:
            src = nd.dot(src, self.mat)
        return src


class HorizontalFlipAug(Augmenter):
    """With probability ``p``, mirror left-right."""

    def __init__(self, p):
        super().__init__(p=p)
        self.p = p

    def __call__(self, src):
        if random.random() < self.p:
            src = nd.flip(src, axis=1)
        return src


class CastAug(Augmenter):
    """Cast to ``typ``."""

    def __init__(self, typ="float32"):
        super().__init__(type=typ)
        self.typ = typ

    def __call__(self, src):
        return src.astype(self.typ)


def _check_channels(value):
    """MXNet's bare assert: ``value`` (a mean or std) is an array of 1 or 3 values."""
    if not isinstance(value, (np.ndarray, NDArray)) or value.shape[0] not in (1, 3):
        raise AssertionError()


def CreateAugmenter(data_shape, resize=0, rand_crop=False, rand_resize=False, rand_mirror=False,
                    mean=None, std=None, brightness=0, contrast=0, saturation=0, hue=0,
                    pca_noise=0, rand_gray=0, inter_method=2):
    """The standard augmenter list for ``data_shape`` (C, H, W): resize, crop, mirror, cast to
    float32, colour jitter, hue, PCA lighting, random gray, normalisation (``mean``/``std`` True
    means the ImageNet statistics)."""
    auglist = []
    if resize > 0:
        auglist.append(ResizeAug(resize, inter_method))
    crop_size = (data_shape[2], data_shape[1])
    if rand_resize:
        if not rand_crop:
            raise AssertionError()      # (MXNet's bare assert: rand_resize needs rand_crop)
        auglist.append(RandomSizedCropAug(crop_size, 0.08, (3.0 / 4.0, 4.0 / 3.0), inter_method))
    elif rand_crop:
        auglist.append(RandomCropAug(crop_size, inter_method))
    else:
        auglist.append(CenterCropAug(crop_size, inter_method))
    if rand_mirror:
        auglist.append(HorizontalFlipAug(0.5))
    auglist.append(CastAug())
    if brightness or contrast or saturation:
        auglist.append(ColorJitterAug(brightness, contrast, saturation))
    if hue:
        auglist.append(HueJitterAug(hue))
    if pca_noise > 0:
        eigval = np.array([55.46, 4.794, 1.148])
        eigvec = np.array([[-0.5675, 0.7192, 0.4009], [-0.5808, -0.0045, -0.8140], [-0.5836, -0.6948, 0.4203]])
        auglist.append(LightingAug(pca_noise, eigval, eigvec))
    if rand_gray > 0:
        auglist.append(RandomGrayAug(rand_gray))
    if mean is True:
        mean = nd.array([123.68, 116.28, 103.53])
    elif mean is not None:
        _check_channels(mean)
    if std is True:
        std = nd.array([58.395, 57.12, 57.375])
    elif std is not None:
        _check_channels(std)
    if mean is not None or std is not None:
        auglist.append(ColorNormalizeAug(mean, std))
    return auglist


from ._iter import ImageIter  # noqa: E402  (the iterator uses the functions above)
ImageIter.__module__ = __name__        # MXNet defines it here: type(it) prints mxnet.image.image.ImageIter



# the names MXNet's module shows, as its own imports
import logging  # noqa: E402,F401
import os  # noqa: E402,F401
import sys  # noqa: E402,F401
from .. import io, recordio  # noqa: E402,F401
from ..util import is_np_array  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """DamagedImage MXNetError NDArray OPENCV_NO_DATA UnfillableImage decode_hwc inspect
    located message_of resize_hwc rotate_image""".split())
