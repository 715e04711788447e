"""A BMP decoder as OpenCV reads BMPs: 1/4/8-bit palettes (RLE4 and RLE8 too), 16-bit 5-5-5 and 5-6-5,
24- and 32-bit pixels.

``decode(data)`` returns (H x W x 3 uint8 RGB, True when every palette entry is gray).
"""
import struct

import numpy as np

from ..base import MXNetError

SIGNATURE = b"BM"
_RGB, _RLE8, _RLE4, _BITFIELDS = 0, 1, 2, 3
_MASKS_555, _MASKS_565 = (0x7C00, 0x3E0, 0x1F), (0xF800, 0x7E0, 0x1F)


def _error(msg):
    return MXNetError(f"imdecode: BMP {msg}")


def _header(data):
    """(offset, header size, width, height, bits, compression, palette colours, palette entry size)."""
    if len(data) < 26 or data[:2] != SIGNATURE:
        raise _error("data does not start with a BMP header")
    offset, size = struct.unpack_from("<I", data, 10)[0], struct.unpack_from("<I", data, 14)[0]
    if size == 12:
        width, height, _, bits = struct.unpack_from("<HhHH", data, 18)
        return offset, size, width, height, bits, _RGB, 0, 3
    if size >= 40 and len(data) >= 14 + size:
        width, height, _, bits, compression = struct.unpack_from("<iiHHI", data, 18)
        return offset, size, width, height, bits, compression, struct.unpack_from("<I", data, 46)[0], 4
    raise _error(f"has an unknown header size {size}")


def _sixteen_bit_masks(data, compression):
    """OpenCV reads 16-bit pixels as 5-5-5, or 5-6-5 when bit-field masks say so; other masks fail."""
    if compression == _RGB:
        return _MASKS_555
    masks = struct.unpack_from("<III", data, 54)
    if masks in (_MASKS_555, _MASKS_565):
        return masks
    raise _error(f"16-bit bit-field masks {tuple(hex(m) for m in masks)}: OpenCV reads only 5-5-5 and 5-6-5")


def _sixteen_bit(pixels, masks):
    """OpenCV's 5-5-5 / 5-6-5 expansion: each field shifted to the top of a byte, low bits zero."""
    b = (pixels << 3) & 0xF8
    if masks == _MASKS_565:
        g, r = (pixels >> 3) & 0xFC, (pixels >> 8) & 0xF8
    else:
        g, r = (pixels >> 2) & 0xF8, (pixels >> 7) & 0xF8
    return np.stack([r, g, b], axis=-1).astype(np.uint8)


class _RleRows:
    """OpenCV's RLE4/RLE8 reader: palette indices row by row in storage order; skipped pixels take index 0."""

    def __init__(self, data, pos, width, rows, bits):
        self.data, self.pos, self.bits = data, pos, bits
        self.width, self.rows = width, rows
        self.index = np.zeros((rows, width), np.int64)
        self.x = self.y = 0

    def _take(self, n):
        if self.pos + n > len(self.data):
            raise _error("RLE data ends before its end-of-bitmap code (truncated file)")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def _skip(self, count):
        """FillUniColor: advance ``count`` pixels, wrapping to the next row at a row's end."""
        while True:
            step = min(count, self.width - self.x)
            self.x += step
            count -= step
            if self.x >= self.width:
                self.x, self.y = 0, self.y + 1
                if self.y >= self.rows:
                    return
            if count <= 0:
                return

    def _put(self, values):
        if self.x + len(values) > self.width:
            raise _error("RLE run passes the end of a row (corrupt data)")
        self.index[self.y, self.x:self.x + len(values)] = values
        self.x += len(values)

    def _nibbles(self, packed, count):
        return [(b >> 4, b & 15)[k % 2] for k, b in ((k, packed[k // 2]) for k in range(count))]

    def decode(self):
        wrapped = False         # RLE8: the last run ended a row, so an end-of-line code adds nothing
        while self.y < self.rows:
            count, code = self._take(2)
            if count:
                self._put([code] * count if self.bits == 8 else self._nibbles(bytes([code]) * count, count))
                if self.bits == 8:
                    row = self.y
                    if self.x >= self.width:
                        self._skip(0)
                    wrapped = self.y != row
            elif code > 2:
                size = (code + 1) & ~1 if self.bits == 8 else (((code + 1) >> 1) + 1) & ~1
                packed = self._take(size)
                self._put(list(packed[:code]) if self.bits == 8 else self._nibbles(packed, code))
                wrapped = False
            elif self.bits == 4:    # OpenCV's RLE4 skips dx only, and ends a bitmap only on its last row
                self._skip(self._take(2)[0] if code == 2 else self.width - self.x)
            else:
                rest = self.width - self.x
                if code == 2:
                    dx, dy = self._take(2)
                    skip = dx + dy * self.width
                else:
                    skip = rest + (0 if code == 0 else (self.rows - self.y) * self.width)
                if code or not wrapped or rest < self.width:
                    self._skip(skip)
                wrapped = False
        return self.index


def _palette_indices(data, offset, width, rows, bits, compression, stride):
    if compression in (_RLE8, _RLE4):
        return _RleRows(data, offset, width, rows, bits).decode()
    lines = _rows(data, offset, rows, stride)
    if bits == 8:
        return lines[:, :width].astype(np.int64)
    index = np.unpackbits(lines, axis=1).reshape(rows, -1, bits)
    return (index * (1 << np.arange(bits - 1, -1, -1))[None, None]).sum(axis=2)[:, :width]


def _rows(data, offset, rows, stride):
    if len(data) < offset + rows * stride:
        raise _error(f"pixel data is truncated ({len(data) - offset} of {rows * stride} bytes)")
    return np.frombuffer(data, np.uint8, count=rows * stride, offset=offset).reshape(rows, stride)


def decode(data, alpha=False):
    """(RGB pixels, gray palette?) of BMP bytes; with ``alpha`` a 32-bit image keeps its fourth bytes (RGBA), as
    OpenCV reads one unchanged."""
    data = bytes(data)
    offset, size, width, height, bits, compression, colors, entry = _header(data)
    supported = (compression == _RGB and bits in (1, 4, 8, 16, 24, 32)) or (compression, bits) in (
        (_RLE8, 8), (_RLE4, 4), (_BITFIELDS, 16), (_BITFIELDS, 32))
    if not supported:
        raise _error(f"compression {compression} with {bits} bits per pixel: OpenCV cannot read it")
    if width <= 0 or height == 0:
        raise _error(f"has an invalid size {width}x{height}")
    rows, stride = abs(height), (width * bits + 31) // 32 * 4
    bottom_up = height > 0
    if bits <= 8:
        count = colors or 1 << bits
        palette = np.zeros((256, 3), np.uint8)      # entries past the file's palette are black
        stored = np.frombuffer(data, np.uint8, count=count * entry, offset=14 + size).reshape(count, entry)
        palette[:min(count, 256)] = stored[:256, 2::-1]
        index = np.minimum(_palette_indices(data, offset, width, rows, bits, compression, stride), 255)
        rgb = palette[:count]
        gray = bool((rgb[:, 0] == rgb[:, 1]).all() and (rgb[:, 1] == rgb[:, 2]).all())
        pixels = palette[index]
    else:
        lines = _rows(data, offset, rows, stride)
        if bits == 24:
            pixels = lines[:, :width * 3].reshape(rows, width, 3)[:, :, ::-1]
        elif bits == 32:                            # OpenCV takes B, G, R bytes whatever the masks say
            pixels = lines[:, :width * 4].reshape(rows, width, 4)[:, :, [2, 1, 0, 3] if alpha else [2, 1, 0]]
        else:
            pixels = _sixteen_bit(lines.view("<u2")[:, :width].astype(np.int64), _sixteen_bit_masks(data, compression))
        gray = False
    return (pixels[::-1] if bottom_up else pixels), gray
