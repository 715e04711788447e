"""A PNG decoder: every colour type, bit depths 1-16, palettes with transparency, Adam7 interlacing.

``decode(data)`` returns (H x W x C array, colour type): uint8 or uint16 samples, C in {1, 2, 3, 4}
(gray, gray+alpha, RGB, RGBA); palettes are expanded to RGB or RGBA.
"""
import struct
import zlib

import numpy as np

from ..base import MXNetError

SIGNATURE = b"\x89PNG\r\n\x1a\n"
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
# Adam7 passes: (row start, column start, row step, column step)
_ADAM7 = ((0, 0, 8, 8), (0, 4, 8, 8), (4, 0, 8, 4), (0, 2, 4, 4), (2, 0, 4, 2), (0, 1, 2, 2), (1, 0, 2, 1))


def _error(msg):
    return MXNetError(f"imdecode: PNG {msg}")


def _chunks(data):
    """Yield (type, payload) of each chunk, checking lengths and CRCs, up to IEND."""
    pos = len(SIGNATURE)
    while True:
        if pos + 8 > len(data):
            raise _error("data ends before the IEND chunk (truncated file)")
        length, kind = struct.unpack_from(">I4s", data, pos)
        payload = data[pos + 8:pos + 8 + length]
        if len(payload) != length or pos + 12 + length > len(data):
            raise _error(f"chunk {kind!r} is truncated ({len(payload)} of {length} bytes)")
        crc = struct.unpack_from(">I", data, pos + 8 + length)[0]
        if zlib.crc32(kind + payload) != crc:
            if kind[:1].isupper():                   # libpng only warns about (and drops) ancillary chunks
                raise _error(f"chunk {kind!r} has a bad CRC (corrupt file)")
            pos += 12 + length
            continue
        yield kind, payload
        if kind == b"IEND":
            return
        pos += 12 + length


def _paeth_row(line, prior, bpp):
    out = bytearray(line)
    for i in range(len(out)):
        a = out[i - bpp] if i >= bpp else 0
        b = prior[i]
        c = prior[i - bpp] if i >= bpp else 0
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
        out[i] = (out[i] + pred) & 255
    return out


def _average_row(line, prior, bpp):
    out = bytearray(line)
    for i in range(len(out)):
        a = out[i - bpp] if i >= bpp else 0
        out[i] = (out[i] + ((a + prior[i]) >> 1)) & 255
    return out


def _unfilter(raw, rows, stride, bpp):
    """The (rows, stride) uint8 scanlines of filtered data ``raw`` (filter byte per row)."""
    if len(raw) < rows * (stride + 1):
        raise _error(f"image data holds {len(raw)} bytes, fewer than the {rows * (stride + 1)} its size needs")
    out = np.zeros((rows, stride), np.uint8)
    prior = np.zeros(stride, np.uint8)
    for r in range(rows):
        start = r * (stride + 1)
        kind = raw[start]
        line = np.frombuffer(raw, np.uint8, stride, start + 1)
        if kind == 0:
            cur = line
        elif kind == 1:
            cur = np.cumsum(line.reshape(-1, bpp) if stride % bpp == 0 else line[None], axis=0, dtype=np.uint8)
            cur = cur.reshape(-1)
        elif kind == 2:
            cur = line + prior
        elif kind == 3:
            cur = np.frombuffer(_average_row(line.tobytes(), prior.tobytes(), bpp), np.uint8)
        elif kind == 4:
            cur = np.frombuffer(_paeth_row(line.tobytes(), prior.tobytes(), bpp), np.uint8)
        else:
            raise _error(f"row {r} has an unknown filter type {kind} (valid: 0-4)")
        out[r] = cur
        prior = out[r]
    return out


def _samples(lines, width, depth, channels):
    """Unpack (rows, stride) scanlines into (rows, width, channels) samples (uint8 or uint16)."""
    rows = lines.shape[0]
    if depth == 16:
        return lines.view(">u2").astype(np.uint16).reshape(rows, -1)[:, :width * channels].reshape(rows, width, channels)
    if depth == 8:
        return lines[:, :width * channels].reshape(rows, width, channels)
    bits = np.unpackbits(lines, axis=1).reshape(rows, -1, depth)
    weights = (1 << np.arange(depth - 1, -1, -1)).astype(np.uint8)
    values = (bits * weights).sum(axis=2).astype(np.uint8)
    return values[:, :width * channels].reshape(rows, width, channels)


def _full_palette(palette, depth):
    """The 256 entries an index can pick: libpng keeps at most 2**depth of the PLTE's and reads the rest,
    which a pixel may name past the palette's end, as black."""
    full = np.zeros((256, 3), np.uint8)
    kept = palette[:1 << depth]
    full[:len(kept)] = kept
    return full


def decode(data):
    """(H x W x C samples, PNG colour type) of PNG bytes; palettes expanded (alpha from tRNS)."""
    data = bytes(data)
    if data[:8] != SIGNATURE:
        raise _error("data does not start with the PNG signature")
    header, palette, trns, idat = None, None, None, []
    idat_ended = False      # libpng reads the image from the first run of IDAT chunks only
    for kind, payload in _chunks(data):
        idat_ended = idat_ended or (bool(idat) and kind != b"IDAT")
        if kind == b"IHDR":
            if len(payload) != 13:
                raise _error(f"IHDR chunk has {len(payload)} bytes, expected 13")
            header = struct.unpack(">IIBBBBB", payload)
        elif kind == b"PLTE":
            palette = np.frombuffer(payload, np.uint8).reshape(-1, 3)
        elif kind == b"tRNS":
            trns = payload
        elif kind == b"IDAT" and not idat_ended:
            idat.append(payload)
    if header is None:
        raise _error("has no IHDR chunk")
    width, height, depth, ctype, _, _, interlace = header
    if ctype not in _CHANNELS or depth not in _DEPTHS[ctype]:
        raise _error(f"colour type {ctype} with bit depth {depth} is not a valid combination")
    if width == 0 or height == 0:
        raise _error(f"image has an empty size {width}x{height}")
    try:
        raw = zlib.decompress(b"".join(idat))
    except zlib.error as e:
        raise _error(f"image data does not inflate: {e}") from None
    channels = _CHANNELS[ctype]
    bpp = max(1, depth * channels // 8)
    if interlace:
        img = np.zeros((height, width, channels), np.uint16 if depth == 16 else np.uint8)
        pos = 0
        for y0, x0, dy, dx in _ADAM7:
            w, h = -(-(width - x0) // dx) if width > x0 else 0, -(-(height - y0) // dy) if height > y0 else 0
            if not w or not h:
                continue
            stride = -(-w * channels * depth // 8)
            img[y0::dy, x0::dx] = _samples(_unfilter(raw[pos:], h, stride, bpp), w, depth, channels)
            pos += h * (stride + 1)
    else:
        stride = -(-width * channels * depth // 8)
        img = _samples(_unfilter(raw, height, stride, bpp), width, depth, channels)
    if ctype == 3:
        if palette is None:
            raise _error("palette image has no PLTE chunk")
        index = img[:, :, 0]
        rgb = _full_palette(palette, depth)[index]
        if trns is None:
            return rgb, ctype
        alpha = np.full(256, 255, np.uint8)
        alpha[:len(trns)] = np.frombuffer(trns, np.uint8)[:len(palette)]
        return np.concatenate([rgb, alpha[index][:, :, None]], axis=2), ctype
    if depth < 8 and ctype == 0:
        img = (img.astype(np.uint16) * (255 // ((1 << depth) - 1))).astype(np.uint8)
    return img, ctype
