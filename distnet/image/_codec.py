"""Byte-level image decoding with OpenCV's conventions (what MXNet's ``_cvimdecode`` returns).

``decode_hwc(data, flag, to_rgb)`` -> H x W x C uint8 numpy: ``flag`` 0 gives one gray channel,
anything else three colour channels (BGR unless ``to_rgb``); alpha is dropped and 16-bit samples
keep their high byte, as OpenCV's IMREAD_COLOR / IMREAD_GRAYSCALE do.
"""
import struct

import numpy as np

from ..base import MXNetError, message_of
from . import _bmp, _exif, _jpeg, _jpeg_pixels, _png, _png_gray, _tiff


def _decode_png(data, gray):
    """PNG pixels as OpenCV's IMREAD_COLOR / IMREAD_GRAYSCALE deliver them (RGB order)."""
    img, _ = _png.decode(data)
    if img.shape[2] in (2, 4):                         # drop alpha
        img = img[:, :, :-1]
    if gray and img.shape[2] == 3:                     # libpng converts before dropping 16-bit precision
        img = _png_gray.rgb_to_gray(img, *_png_gray.file_gamma(data))[:, :, None]
    if img.dtype == np.uint16:
        img = (img >> 8).astype(np.uint8)
    if gray:
        return img
    return np.repeat(img, 3, axis=2) if img.shape[2] == 1 else img


def _cv_gray(rgb):
    """OpenCV's own BGR -> gray (14-bit fixed point), used for BMP and CMYK sources."""
    r, g, b = (rgb[..., k].astype(np.int64) for k in range(3))
    return ((r * 4899 + g * 9617 + b * 1868 + 8192) >> 14).astype(np.uint8)[:, :, None]


def _decode_bmp(data, gray):
    """BMP pixels as OpenCV's IMREAD_COLOR / IMREAD_GRAYSCALE deliver them (RGB order)."""
    img, _ = _bmp.decode(data)
    return _cv_gray(img) if gray else img


def _decode_tiff(data, gray):
    """TIFF pixels as OpenCV (through libtiff's RGBA reader) delivers them (RGB order)."""
    img, _ = _tiff.decode(data)
    if img.dtype == np.uint16:          # libtiff: gray keeps the high byte, colour rounds (v + 128) / 257
        img = (img >> 8 if img.shape[2] < 3 else (img.astype(np.int64) + 128) // 257).astype(np.uint8)
    if img.shape[2] == 1:
        img = np.repeat(img, 3, axis=2)
    elif img.shape[2] >= 4:
        if _tiff.unassociated_alpha(data):      # libtiff premultiplies: (alpha * v + 127) / 255
            img = ((img[:, :, 3:4].astype(np.int64) * img[:, :, :3] + 127) // 255).astype(np.uint8)
        img = img[:, :, :3]
    return _cv_gray(img) if gray else img


def _cmyk_to_rgb(img):
    """OpenCV's conversion of Adobe (inverted) CMYK samples: R = K - ((255 - C) * K >> 8)."""
    k = img[..., 3:].astype(np.int32)
    return (k - (((255 - img[..., :3].astype(np.int32)) * k) >> 8)).astype(np.uint8)


def _decode_jpeg(data, gray):
    """JPEG pixels as OpenCV's IMREAD_COLOR / IMREAD_GRAYSCALE deliver them (RGB order)."""
    img, space = _jpeg.decode(data, gray=gray)
    if space in ("cmyk", "ycck"):
        if space == "ycck":
            ycc = _jpeg_pixels.ycc_to_rgb(img[..., 0], img[..., 1], img[..., 2])
            img = np.concatenate([255 - ycc, img[..., 3:]], axis=2)     # libjpeg: YCCK -> inverted CMYK
        img = _cmyk_to_rgb(img)
        if gray:
            return _cv_gray(img)
    if gray and img.shape[2] == 3:                     # an RGB (Adobe transform 0) JPEG: libjpeg's weights
        r, g, b = (img[..., k].astype(np.int64) for k in range(3))
        return ((19595 * r + 38470 * g + 7471 * b + 32768) >> 16).astype(np.uint8)[:, :, None]
    return np.repeat(img, 3, axis=2) if not gray and img.shape[2] == 1 else img


def sniff(data):
    """'jpeg', 'png' or None from the first bytes."""
    if data[:2] == b"\xff\xd8":
        return "jpeg"
    if data[:8] == _png.SIGNATURE:
        return "png"
    if data[:2] == _bmp.SIGNATURE:
        return "bmp"
    if data[:4] in _tiff.SIGNATURES:
        return "tiff"
    return None


_IMREAD_IGNORE_ORIENTATION = 128


def decode_hwc(data, flag=1, to_rgb=True, upright=True):
    """The H x W x C uint8 pixels of JPEG or PNG bytes, laid out as MXNet's imdecode returns them (JPEGs
    turned by their EXIF orientation unless ``upright`` is False)."""
    data = bytes(data)
    if not data:
        raise MXNetError("Check failed: len > 0: Input cannot be an empty buffer")
    kind = sniff(data)
    if kind is None:
        # not JPEG (ffd8), PNG (89504e47...), BMP (424d) or TIFF (49492a00/4d4d002a): OpenCV returns no image
        raise MXNetError("Check failed: !res.empty(): Decoding failed. Invalid image file.")
    gray = int(flag) == 0
    img = _decode_checked(kind, data, gray)     # (a file OpenCV cannot decode fails so whatever the flag)
    if int(flag) > 1:
        _check_colour_flag(data, int(flag))
    if kind == "jpeg" and upright and not int(flag) & _IMREAD_IGNORE_ORIENTATION:
        img = _exif.apply_orientation(img, _exif.jpeg_orientation(data))
    if not gray and not to_rgb:
        img = img[:, :, ::-1]
    return np.ascontiguousarray(img)


_DECODING_FAILED = "Check failed: !{}.empty(): Decoding failed. Invalid image file."


class DamagedImage(MXNetError):
    """An image whose size MXNet reads from its header (``shape``) but which OpenCV cannot decode: MXNet
    finds it in the kernel that decodes into the preallocated result, when the result is read."""

    def __init__(self, shape):
        super().__init__(_DECODING_FAILED.format("dst"))
        self.shape = shape


def _decode_checked(kind, data, gray):
    decode = {"jpeg": _decode_jpeg, "png": _decode_png, "bmp": _decode_bmp, "tiff": _decode_tiff}[kind]
    try:
        return decode(data, gray)
    except (MXNetError, struct.error, IndexError, ValueError) as e:     # a damaged or truncated file ...
        if "not supported" in message_of(e):       # ... unless a layout these decoders lack: that keeps its words
            raise
        size = _header_size(kind, data)
        if size is None:        # MXNet decodes without knowing the size and checks OpenCV's own result
            raise MXNetError(_DECODING_FAILED.format("res")) from None
        raise DamagedImage(size + (1 if gray else 3,)) from None


def _header_size(kind, data):
    """(height, width) as MXNet reads it from a JPEG frame or PNG IHDR header before decoding, or None."""
    if kind == "png":
        return struct.unpack(">II", data[16:24])[::-1] if data[12:16] == b"IHDR" and len(data) >= 24 else None
    pos = 2
    while kind == "jpeg" and pos + 4 <= len(data) and data[pos] == 0xFF:
        marker, length = data[pos + 1], struct.unpack(">H", data[pos + 2:pos + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return struct.unpack(">HH", data[pos + 5:pos + 9]) if pos + 9 <= len(data) else None
        pos += 2 + length
    return None


def _check_colour_flag(data, flag):
    """MXNet decodes into a preallocated 8-bit, 3-channel image: an OpenCV flag (IMREAD_ANYDEPTH 2,
    IMREAD_ANYCOLOR 4, IMREAD_LOAD_GDAL 8, ...) under which OpenCV returns another type is refused."""
    native = decode_cv(data, -1)
    channels, bits = (1 if native.ndim == 2 else native.shape[2]), native.dtype.itemsize * 8
    if not flag & 8:        # without GDAL, the load-GDAL bit keeps the file's own type
        bits = bits if flag & 2 else 8
        channels = 3 if flag & 1 or (flag & 4 and channels > 1) else 1
    if (channels, bits) != (3, 8):
        raise UnfillableImage(native)


class UnfillableImage(MXNetError):
    """OpenCV decoded the image into another buffer than MXNet's preallocated 8-bit 3-channel one
    (``decoded``: OpenCV's image); MXNet's kernel then fails, found when the result is read."""

    def __init__(self, decoded):
        super().__init__(f"the image decodes as {decoded.dtype} with {decoded.shape[2:] or (1,)} channel(s)")
        self.shape, self.source = decoded.shape[:2] + (3,), decoded.ctypes.data

    def check_failure(self, out):
        """MXNet's check comparing OpenCV's buffer with the output array's (``out``: its pixels)."""
        return (f"Check failed: static_cast<void*>(dst.ptr()) == out->data().dptr_ ({hex(self.source)} vs. "
                f"{hex(out.ctypes.data)}) : ")


def decode_cv(data, flag=-1):
    """The numpy image ``cv2.imdecode(data, flag)`` returns: BGR order, gray as H x W; -1 keeps alpha
    and 16-bit samples."""
    data = bytes(data)
    if int(flag) >= 0:
        img = decode_hwc(data, flag, to_rgb=False)
        return img[:, :, 0] if img.shape[2] == 1 else img
    kind = sniff(data)
    if kind in ("png", "tiff"):
        img, _ = (_png if kind == "png" else _tiff).decode(data)
        if img.shape[2] >= 3:
            img = img[:, :, [2, 1, 0, 3][:img.shape[2]]]
        elif img.shape[2] == 2:              # gray + alpha comes back as BGRA
            img = np.concatenate([np.repeat(img[:, :, :1], 3, axis=2), img[:, :, 1:]], axis=2)
    elif kind == "bmp":
        img, gray = _bmp.decode(data, alpha=True)
        img = img[:, :, :1] if gray else img[:, :, [2, 1, 0, 3][:img.shape[2]]]
    else:
        gray = _jpeg.decode(data)[0].shape[2] == 1 if kind == "jpeg" else False
        img = decode_hwc(data, 0 if gray else 1, to_rgb=False, upright=False)     # IMREAD_UNCHANGED ignores EXIF
    return np.ascontiguousarray(img[:, :, 0] if img.shape[2] == 1 else img)
