"""A BMP decoder (uncompressed 1/4/8-bit palettes, 16-, 24- and 32-bit pixels, bit-field masks).

``decode(data)`` returns (H x W x 3 uint8 RGB, True when every palette entry is gray).
"""
import struct

import numpy as np

from ..base import MXNetError

SIGNATURE = b"BM"


def _error(msg):
    return MXNetError(f"imdecode: BMP {msg}")


def _masked(pixels, mask):
    """The 8-bit channel that ``mask`` selects from integer ``pixels`` (scaled to 0..255)."""
    if not mask:
        return np.zeros(pixels.shape, np.uint8)
    shift = (mask & -mask).bit_length() - 1
    top = (mask >> shift)
    return ((pixels >> shift) & top).astype(np.int64) * 255 // top


def decode(data):
    """(RGB pixels, gray palette?) of BMP bytes."""
    data = bytes(data)
    if len(data) < 26 or data[:2] != SIGNATURE:
        raise _error("data does not start with a BMP header")
    offset, size = struct.unpack_from("<I", data, 10)[0], struct.unpack_from("<I", data, 14)[0]
    if size == 12:
        width, height, _, bits = struct.unpack_from("<HhHH", data, 18)
        compression, colors, entry = 0, 0, 3
    elif size >= 40 and len(data) >= 14 + size:
        width, height, _, bits, compression = struct.unpack_from("<iiHHI", data, 18)
        colors, entry = struct.unpack_from("<I", data, 46)[0], 4
    else:
        raise _error(f"has an unknown header size {size}")
    if compression not in (0, 3) or bits not in (1, 4, 8, 16, 24, 32):
        raise _error(f"compression {compression} with {bits} bits per pixel is not supported")
    if width <= 0 or height == 0:
        raise _error(f"has an invalid size {width}x{height}")
    rows, stride = abs(height), (width * bits + 31) // 32 * 4
    raw = np.frombuffer(data, np.uint8, count=rows * stride, offset=offset) if len(data) >= offset + rows * stride \
        else None
    if raw is None:
        raise _error(f"pixel data is truncated ({len(data) - offset} of {rows * stride} bytes)")
    lines = raw.reshape(rows, stride)
    if height > 0:                                   # stored bottom-up
        lines = lines[::-1]
    if bits <= 8:
        count = colors or 1 << bits
        pal = np.frombuffer(data, np.uint8, count=count * entry, offset=14 + size).reshape(count, entry)
        rgb = pal[:, 2::-1]
        if bits == 8:
            index = lines[:, :width].astype(np.int64)
        else:
            index = np.unpackbits(lines, axis=1).reshape(rows, -1, bits)
            index = (index * (1 << np.arange(bits - 1, -1, -1))[None, None]).sum(axis=2)[:, :width]
        index = np.minimum(index, count - 1)
        gray = bool((rgb[:, 0] == rgb[:, 1]).all() and (rgb[:, 1] == rgb[:, 2]).all())
        return rgb[index], gray
    if bits == 24:
        return lines[:, :width * 3].reshape(rows, width, 3)[:, :, ::-1], False
    pixels = lines.view("<u2" if bits == 16 else "<u4")[:, :width].astype(np.int64)
    if compression == 3:
        masks = struct.unpack_from("<III", data, 54)
    else:
        masks = (0x7C00, 0x3E0, 0x1F) if bits == 16 else (0xFF0000, 0xFF00, 0xFF)
    return np.stack([_masked(pixels, m) for m in masks], axis=-1).astype(np.uint8), False
