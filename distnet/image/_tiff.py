"""A baseline TIFF decoder: the first image of a file, in strips (interleaved or planar), uncompressed,
PackBits or LZW (with horizontal predictor), gray / RGB(A) / palette / bilevel, 1-, 2-, 4-, 8- or 16-bit samples.

``decode(data)`` returns H x W x C samples (C = 1 gray, 3 RGB, 4 RGBA; palettes expanded to RGB).
"""
import struct

import numpy as np

from ..base import MXNetError

SIGNATURES = (b"II*\0", b"MM\0*")
_TYPES = {1: "B", 2: "c", 3: "H", 4: "I", 5: "II", 6: "b", 8: "h", 9: "i", 16: "Q"}


def _error(msg):
    return MXNetError(f"imdecode: TIFF {msg}")


def _tags(data, order):
    """{tag: tuple of values} of the first image file directory."""
    offset = struct.unpack_from(order + "I", data, 4)[0]
    if offset + 2 > len(data):
        raise _error(f"directory offset {offset} lies past the end of the file")
    count = struct.unpack_from(order + "H", data, offset)[0]
    tags = {}
    for k in range(count):
        tag, kind, n, value = struct.unpack_from(order + "HHI4s", data, offset + 2 + 12 * k)
        fmt = _TYPES.get(kind)
        if fmt is None:
            continue
        size = struct.calcsize(order + fmt * n)
        raw = value if size <= 4 else data[struct.unpack(order + "I", value)[0]:][:size]
        if len(raw) < size:
            raise _error(f"tag {tag} is truncated")
        tags[tag] = struct.unpack_from(order + fmt * n, raw)
    return tags


def _packbits(data):
    out, i = bytearray(), 0
    while i < len(data):
        n = data[i]
        if n < 128:
            out += data[i + 1:i + 2 + n]
            i += 2 + n
        elif n > 128:
            out += data[i + 1:i + 2] * (257 - n)
            i += 2
        else:
            i += 1
    return bytes(out)


def _lzw(data):
    """TIFF's LZW: MSB-first codes of 9-12 bits, widened one code early; 256 clears, 257 ends."""
    out = bytearray()
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    width, prev, pos, total = 9, None, 0, len(data) * 8
    big = int.from_bytes(data, "big")
    while pos + width <= total:
        code = (big >> (total - pos - width)) & ((1 << width) - 1)
        pos += width
        if code == 256:
            table, width, prev = table[:258], 9, None
            continue
        if code == 257:
            break
        if code < len(table):
            entry = table[code]
            if prev is not None:
                table.append(prev + entry[:1])
        elif prev is not None and code == len(table):
            entry = prev + prev[:1]
            table.append(entry)
        else:
            raise _error(f"LZW data holds an invalid code {code}")
        out += entry
        prev = entry
        if len(table) + 1 >= 1 << width and width < 12:
            width += 1
    return bytes(out)


_DECOMPRESS = {1: lambda b: b, 32773: _packbits, 5: _lzw}


def _samples(raw, width, height, channels, depth, order):
    """(height, width, channels) samples of byte-aligned rows holding ``depth``-bit values."""
    stride = (width * channels * depth + 7) // 8
    if len(raw) < stride * height:
        raise _error(f"strips hold {len(raw)} bytes, fewer than the {stride * height} the image needs")
    lines = np.frombuffer(raw, np.uint8, stride * height).reshape(height, stride)
    if depth == 16:
        return lines.view(order + "u2").astype(np.uint16).reshape(height, width, channels)
    if depth == 8:
        return lines.reshape(height, width, channels)
    values = np.unpackbits(lines, axis=1).reshape(height, -1, depth)
    values = (values * (1 << np.arange(depth - 1, -1, -1))[None, None]).sum(axis=2).astype(np.uint8)
    return values[:, :width * channels].reshape(height, width, channels)


def _planes(data, tags, width, height, channels, depth, order):
    """The samples of every plane: one interleaved plane, or (planar configuration 2) one per channel."""
    compression = tags.get(259, (1,))[0]
    strips = [_DECOMPRESS[compression](data[o:o + n]) for o, n in zip(tags[273], tags.get(279, ()))]
    if tags.get(284, (1,))[0] != 2 or channels == 1:
        return _samples(b"".join(strips), width, height, channels, depth, order)
    per_plane = len(strips) // channels
    planes = [_samples(b"".join(strips[k * per_plane:(k + 1) * per_plane]), width, height, 1, depth, order)
              for k in range(channels)]
    return np.concatenate(planes, axis=2)


def unassociated_alpha(data):
    """Whether the first image's extra sample is unassociated alpha (ExtraSamples = 2), which libtiff's RGBA
    reader multiplies into the colours."""
    data = bytes(data)
    return _tags(data, "<" if data[:2] == b"II" else ">").get(338, (0,))[0] == 2


def decode(data):
    """H x W x C uint8/uint16 samples of the first image in TIFF bytes."""
    data = bytes(data)
    order = "<" if data[:2] == b"II" else ">"
    tags = _tags(data, order)

    def tag(key, default=None):
        return tags.get(key, (default,))
    width, height = tag(256)[0], tag(257)[0]
    if not width or not height:
        raise _error("has no image size (ImageWidth/ImageLength tags)")
    bits = tag(258, 1)
    channels = tag(277, 1)[0]
    compression, photometric, predictor = tag(259, 1)[0], tag(262, 1)[0], tag(317, 1)[0]
    if compression not in _DECOMPRESS:
        raise _error(f"compression {compression} is not supported (none, LZW and PackBits are)")
    if 322 in tags or 273 not in tags:
        raise _error("tiled images are not supported (only strips)")
    if tag(284, 1)[0] not in (1, 2) or len(set(bits)) != 1 or bits[0] not in (1, 2, 4, 8, 16):
        raise _error(f"sample layout {bits} (planar config {tag(284, 1)[0]}) is not supported")
    depth = bits[0]
    img = _planes(data, tags, width, height, channels, depth, order)
    if predictor == 2:
        img = np.cumsum(img, axis=1, dtype=img.dtype)
    if photometric == 3:
        cmap = np.asarray(tags[320], np.uint16).reshape(3, -1).T
        return (cmap[img[:, :, 0]] >> 8).astype(np.uint8), photometric
    if depth < 8:                       # libtiff's gray maps spread 1-, 2- and 4-bit samples over 0..255
        img = img * np.uint8(255 // ((1 << depth) - 1))
    if photometric == 0:
        img = np.iinfo(img.dtype).max - img
    return img, photometric
