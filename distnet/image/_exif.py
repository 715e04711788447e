"""The EXIF orientation OpenCV's imdecode applies to JPEGs (MXNet's images come back upright).

OpenCV reads the first APP1 segment ahead of the scan as EXIF (6 header bytes, then TIFF: byte order, 42,
the first directory's offset, its entry count read at byte 8) and takes tag 0x0112's first 16 bits; a JFIF
APP0 segment before it leaves the image as stored (as MXNet 1.9.1's OpenCV 3.4.2 does).
"""
import struct

import numpy as np

_ORIENTATION_TAG = 0x0112


def _tiff_orientation(tiff):
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    if order is None or len(tiff) < 10 or struct.unpack_from(order + "H", tiff, 2)[0] != 42:
        return None
    entry = struct.unpack_from(order + "I", tiff, 4)[0] + 2
    for _ in range(struct.unpack_from(order + "H", tiff, 8)[0]):
        if entry + 10 > len(tiff):
            return None
        if struct.unpack_from(order + "H", tiff, entry)[0] == _ORIENTATION_TAG:
            return struct.unpack_from(order + "H", tiff, entry + 8)[0]
        entry += 12
    return None


def jpeg_orientation(data):
    """The EXIF orientation (1-8, or None) OpenCV finds in JPEG bytes."""
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker, length = data[pos + 1], struct.unpack_from(">H", data, pos + 2)[0]
        payload = data[pos + 4:pos + 2 + length]
        if marker == 0xE0 and payload[:5] == b"JFIF\0":
            return None
        if marker == 0xE1:
            return _tiff_orientation(payload[6:]) if length > 8 else None
        if marker in (0xDA, 0xD9) or length < 2:
            return None
        pos += 2 + length
    return None


def apply_orientation(img, orientation):
    """``img`` (H x W x C) turned upright as OpenCV's ApplyExifOrientation does."""
    if orientation in (5, 6, 7, 8):
        img = img.transpose(1, 0, 2)
        orientation -= 4                    # then the flips of orientations 1-4
    if orientation == 2:
        img = img[:, ::-1]
    elif orientation == 3:
        img = img[::-1, ::-1]
    elif orientation == 4:
        img = img[::-1]
    return np.ascontiguousarray(img)
