"""A baseline TIFF decoder: the first image of a file, in strips or tiles (interleaved or planar), uncompressed,
PackBits, LZW (with horizontal predictor) or CCITT (bilevel), gray / RGB(A) / palette / bilevel / CMYK / YCbCr /
CIE L*a*b*, 1-, 2-, 4-, 8- or 16-bit samples.

``decode(data)`` returns H x W x C samples (C = 1 gray, 3 RGB, 4 RGBA; palettes, CMYK and YCbCr turned into RGB
as libtiff's RGBA reader turns them, L*a*b* through its sRGB display tables). A layout that reader refuses (other
compressions of this build, other sample sizes, ...) fails as a damaged file does; one it reads but this decoder
lacks says "not supported". Damaged strips behave as in libtiff: wrong byte counts repaired from the image size,
short or corrupt data decoded as far as it goes, the rest zero.
"""
import struct

import numpy as np

from ..base import MXNetError
from . import _ccitt

SIGNATURES = (b"II*\0", b"MM\0*")
_TYPES = {1: "B", 2: "c", 3: "H", 4: "I", 5: "II", 6: "b", 8: "h", 9: "i", 16: "Q"}


def _error(msg):
    return MXNetError(f"imdecode: TIFF {msg}")


def _refused(msg):
    """A layout libtiff's RGBA reader (OpenCV's path for 8-bit output) refuses: OpenCV returns no image."""
    return MXNetError(f"imdecode: TIFF {msg}: libtiff's RGBA reader refuses it")


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
    """PackBits runs; like libtiff, a run whose bytes the data lacks ends the decoding."""
    out, i = bytearray(), 0
    while i < len(data):
        n = data[i]
        if n < 128:
            if i + 2 + n > len(data):
                break
            out += data[i + 1:i + 2 + n]
            i += 2 + n
        elif n > 128:
            if i + 2 > len(data):
                break
            out += data[i + 1:i + 2] * (257 - n)
            i += 2
        else:
            i += 1
    return bytes(out)


def _lzw(data):
    """TIFF's LZW: MSB-first codes of 9-12 bits, widened one code early; 256 clears, 257 ends (as does an invalid
    code)."""
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
            break                   # libtiff keeps what it decoded before a corrupt code
        out += entry
        prev = entry
        if len(table) + 1 >= 1 << width and width < 12:
            width += 1
    return bytes(out)


_DECOMPRESS = {1: lambda b: b, 32773: _packbits, 5: _lzw}
_CCITT = (2, 3, 4)
_LIBTIFF_ONLY = (32766, 32809, 34676, 34677)     # NeXT, ThunderScan, SGILog: read by libtiff


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


def _strip_counts(data, tags):
    """The byte counts of uncompressed strips as libtiff settles them: from the image size (rows split evenly,
    rounded down) when the tag is missing or looks wrong (a single strip's count zero, past the end of the file
    or short of the image; several strips whose first two counts differ)."""
    offsets, counts = tags[273], tags.get(279)
    separate = tags.get(284, (1,))[0] == 2
    if counts is None and len(offsets) != (tags.get(277, (1,))[0] if separate else 1):
        raise _error("has several strips and no StripByteCounts")      # libtiff refuses the directory
    if tags.get(259, (1,))[0] != 1:
        return counts or ()
    width, height, bits = tags[256][0], tags[257][0], tags.get(258, (1,))[0]
    stride = (width * (1 if separate else tags.get(277, (1,))[0]) * bits + 7) // 8
    if counts is not None:
        if len(offsets) == 1:
            if not offsets[0] or (counts[0] and len(data) - offsets[0] >= counts[0] >= stride * height):
                return counts
        elif separate or counts[0] == counts[1] or not counts[0] or not counts[1]:
            return counts
    strips_per_image = -(-height // min(tags.get(278, (height,))[0], height))
    return (stride * (height // strips_per_image),) * len(offsets)


def _blocks(data, tags):
    """The decompressed strips (or tiles) in file order."""
    tiled, compression = 322 in tags, tags.get(259, (1,))[0]
    offsets, counts = (tags[324], tags.get(325, ())) if tiled else (tags[273], _strip_counts(data, tags))
    for o, n in zip(offsets, counts):
        if not n or o + n > len(data):      # libtiff cannot load such a strip: the image fails
            raise _error(f"strip or tile of {n} bytes at {o} lies outside the file's {len(data)} bytes")
    if compression not in _CCITT:
        return [_DECOMPRESS[compression](data[o:o + n]) for o, n in zip(offsets, counts)]
    width, height = tags[256][0], tags[257][0]
    block_w, block_h = (tags[322][0], tags[323][0]) if tiled else (width, tags.get(278, (height,))[0])
    options, lsb_first = tags.get(292 if compression == 3 else 293, (0,))[0], tags.get(266, (1,))[0] == 2
    state = _ccitt.State(block_w, compression, options)         # libtiff's codec state spans the strips
    return [_ccitt.decode(data[o:o + n], block_w, block_h if tiled else min(block_h, height - k * block_h),
                          compression, options, lsb_first, state) for k, (o, n) in enumerate(zip(offsets, counts))]


def _unpredict(img, tags):
    """Undoes horizontal differencing (predictor 2), which runs along each row of a strip or tile."""
    return np.cumsum(img, axis=1, dtype=img.dtype) if tags.get(317, (1,))[0] == 2 else img


def _fit(raw, need, tags):
    """A decoded strip or tile as libtiff leaves it in its zeroed buffer: cut to the bytes its rows hold; when
    short, the decoded part (none of uncompressed data) then zeros."""
    if len(raw) >= need:
        return raw[:need]
    return bytes(need) if tags.get(259, (1,))[0] == 1 else raw.ljust(need, b"\0")


def _plane(blocks, tags, width, height, channels, depth, order):
    """The (height, width, channels) samples of one plane's strips or tiles."""
    if 322 not in tags:
        rows, stride = tags.get(278, (height,))[0], (width * channels * depth + 7) // 8
        strips = [_fit(raw, min(rows, height - k * rows) * stride, tags)
                  for k, raw in enumerate(blocks[:-(-height // min(rows, height))])]
        return _unpredict(_samples(b"".join(strips), width, height, channels, depth, order), tags)
    tile_w, tile_h = tags[322][0], tags[323][0]
    across = -(-width // tile_w)
    dtype = np.uint16 if depth == 16 else np.uint8
    canvas = np.zeros((-(-height // tile_h) * tile_h, across * tile_w, channels), dtype)
    for k, raw in enumerate(blocks):
        y, x = k // across * tile_h, k % across * tile_w
        raw = _fit(raw, tile_h * ((tile_w * channels * depth + 7) // 8), tags)
        canvas[y:y + tile_h, x:x + tile_w] = _unpredict(_samples(raw, tile_w, tile_h, channels, depth, order), tags)
    return canvas[:height, :width]


def _planes(data, tags, width, height, channels, depth, order):
    """The samples of every plane: one interleaved plane, or (planar configuration 2) one per channel."""
    blocks = _blocks(data, tags)
    if tags.get(284, (1,))[0] != 2 or channels == 1:
        return _plane(blocks, tags, width, height, channels, depth, order)
    per_plane = len(blocks) // channels
    planes = [_plane(blocks[k * per_plane:(k + 1) * per_plane], tags, width, height, 1, depth, order)
              for k in range(channels)]
    return np.concatenate(planes, axis=2)


def _ycbcr_units(data, tags, width, height):
    """Y, Cb, Cr samples of interleaved (possibly subsampled) YCbCr strips: each unit holds h x v luma samples,
    then the Cb and Cr its h x v pixels share."""
    h, v = tags.get(530, (2, 2))
    across, size = -(-width // h), h * v + 2
    # libtiff reads a strip's rows (rounded up to v) times a scanline size it truncates to whole bytes: when a
    # row of units does not split evenly into v scanlines, the strip's last bytes stay unread (zero)
    scanline = across * size // v
    rows_per_strip = tags.get(278, (height,))[0]
    strips = []
    for k, strip in enumerate(_blocks(data, tags)):
        unit_rows = -(-min(rows_per_strip, height - k * rows_per_strip) // v)
        kept = strip[:unit_rows * v * scanline]
        if len(kept) < min(unit_rows * v * scanline, unit_rows * across * size):
            raise _error(f"strip {k} holds {len(strip)} bytes, fewer than its rows need")
        strips.append(kept.ljust(unit_rows * across * size, b"\0")[:unit_rows * across * size])
    units = np.frombuffer(b"".join(strips), np.uint8).reshape(-1, across, size)
    down = units.shape[0]
    luma = units[..., :h * v].reshape(down, across, v, h).transpose(0, 2, 1, 3).reshape(down * v, across * h)
    chroma = np.repeat(np.repeat(units[..., h * v:], v, axis=0), h, axis=1)
    return np.concatenate([luma[..., None], chroma], axis=2)[:height, :width]


def _floats(tags, key, default):
    """A RATIONAL tag's values as libtiff reads them (float numerator / float denominator)."""
    if key not in tags:
        return [np.float32(d) for d in default]
    pairs = tags[key]
    return [np.float32(n) / np.float32(d) if d else np.float32(0) for n, d in zip(pairs[::2], pairs[1::2])]


def _fixed(x):
    """libtiff's 16-bit fixed point of a float factor clamped to [0, 2]."""
    return int(float(np.float32(min(max(x, 0), 2)) * np.float32(65536)) + 0.5)


def _code_values(codes, black, white, scale):
    """libtiff's code -> value scaling by ReferenceBlackWhite, truncated to int."""
    span = white - black
    values = (codes - int(black)).astype(np.float32) * np.float32(scale) / (span if span != 0 else np.float32(1))
    return np.trunc(np.clip(values, -4096, 4096)).astype(np.int64)


def _ycbcr_to_rgb(ycc, tags):
    """libtiff's YCbCr -> RGB: tables of the luma coefficients (16-bit fixed point) and ReferenceBlackWhite."""
    red, green, blue = _floats(tags, 529, (0.299, 0.587, 0.114))
    ref = _floats(tags, 532, (0, 255, 128, 255, 128, 255))
    two = np.float32(2)
    f1, f3 = two - two * red, two - two * blue
    d1, d2, d3, d4 = _fixed(f1), -_fixed(red * f1 / green), _fixed(f3), -_fixed(blue * f3 / green)
    codes = np.arange(-128, 128)
    cr = _code_values(codes, ref[4] - np.float32(128), ref[5] - np.float32(128), 127)
    cb = _code_values(codes, ref[2] - np.float32(128), ref[3] - np.float32(128), 127)
    y_tab = _code_values(codes + 128, ref[0], ref[1], 255)
    y, b_idx, r_idx = (ycc[..., k].astype(np.int64) for k in range(3))
    luma = y_tab[y]
    rgb = [luma + ((d1 * cr + 32768) >> 16)[r_idx],
           luma + (((d4 * cb + 32768)[b_idx] + (d2 * cr)[r_idx]) >> 16),
           luma + ((d3 * cb + 32768) >> 16)[b_idx]]
    return np.clip(np.stack(rgb, axis=2), 0, 255).astype(np.uint8)


def _cmyk_to_rgb(img):
    """libtiff's CMYK -> RGB: each colour (255 - ink) scaled by (255 - K) / 255, truncated."""
    k = 255 - img[..., 3:4].astype(np.int64)
    return (k * (255 - img[..., :3].astype(np.int64)) // 255).astype(np.uint8)


_SRGB_FROM_XYZ = np.array([[3.2410, -1.5374, -0.4986], [-0.9692, 1.8760, 0.0416], [0.0556, -0.2040, 1.0570]],
                          np.float32)
_LAB_STEPS = 1500


def _gamma_table():
    """libtiff's sRGB display table: 255 * (i / 1500) ** (1 / 2.4) for i in 0..1500, in float."""
    exponent = 1.0 / float(np.float32(2.4))
    return np.float32(255) * np.power(np.arange(_LAB_STEPS + 1) / _LAB_STEPS, exponent).astype(np.float32)


def _cielab_to_rgb(lab, tags):
    """libtiff's CIE L*a*b* -> XYZ (white point from the WhitePoint tag, D50 without it) -> sRGB display, in
    float: luminance clipped to [1, 100] and looked up in a 1500-step gamma table."""
    f32 = np.float32
    if 318 in tags:
        white = _floats(tags, 318, ())
    else:
        d50 = (f32(96.4250), f32(100.0), f32(82.4680))
        white = [d50[0] / (d50[0] + d50[1] + d50[2]), d50[1] / (d50[0] + d50[1] + d50[2])]
    if white[1] == 0:
        raise _refused("CIELab white point with y = 0")
    x0 = white[0] / white[1] * f32(100)
    z0 = (f32(1) - white[0] - white[1]) / white[1] * f32(100)
    lightness = lab[..., 0].astype(f32) * f32(100) / f32(255)
    a, b = (lab[..., k].view(np.int8).astype(f32) for k in (1, 2))
    dark = lightness < f32(8.856)
    cby_light = (lightness + f32(16)) / f32(116)
    y = np.where(dark, lightness * f32(100) / f32(903.292), f32(100) * cby_light * cby_light * cby_light)
    cby = np.where(dark, f32(7.787) * (y / f32(100)) + f32(16) / f32(116), cby_light)

    def inverse(t, scale):
        return np.where(t < f32(0.2069), scale * (t - f32(0.13793)) / f32(7.787), scale * t * t * t)
    xyz = (inverse(a / f32(500) + cby, x0), y, inverse(cby - b / f32(200), z0))
    table, step = _gamma_table(), f32(99) / f32(_LAB_STEPS)
    rgb = []
    for row in _SRGB_FROM_XYZ:
        lum = row[0] * xyz[0] + row[1] * xyz[1] + row[2] * xyz[2]
        lum = np.minimum(np.maximum(lum, f32(1)), f32(100))
        index = np.minimum(((lum - f32(1)) / step).astype(np.int64), _LAB_STEPS)
        rgb.append(np.minimum((table[index].astype(np.float64) + 0.5).astype(np.int64), 255))
    return np.stack(rgb, axis=2).astype(np.uint8)


_YCBCR_SUBSAMPLINGS = ((1, 1), (1, 2), (2, 1), (2, 2), (4, 1), (4, 2), (4, 4))


def _check_readable(tags, photometric, channels, depth, planar):
    """Refuses, as libtiff's RGBA reader does, the layouts it has no routine for."""
    extras = len(tags.get(338, ()))
    separate = planar == 2 and channels > 1
    if photometric in (0, 1, 3) and channels > 1 and depth < 8:
        raise _refused(f"{channels}-sample data of {depth} bits")
    gray = depth in (1, 2, 4, 8, 16)
    readable = {0: gray, 1: gray, 2: depth in (8, 16) and channels - extras >= 3,
                3: depth in (1, 2, 4, 8) and not separate,
                5: depth == 8 and tags.get(332, (1,))[0] == 1 and channels >= 4 and (not separate or channels == 4),
                8: depth == 8 and channels == 3 and not separate,
                6: depth == 8 and channels == 3 and tuple(tags.get(530, (2, 2))) in
                (_YCBCR_SUBSAMPLINGS[:1] if separate else _YCBCR_SUBSAMPLINGS)}
    if not readable.get(photometric, False):
        raise _refused(f"photometric {photometric} with {channels} samples of {depth} bits")


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
    bits, channels, compression, planar = tag(258, 1), tag(277, 1)[0], tag(259, 1)[0], tag(284, 1)[0]
    if 262 not in tags:                 # OpenCV reads no image without a PhotometricInterpretation
        raise _refused("without photometric interpretation")
    photometric = tags[262][0]
    if compression in _LIBTIFF_ONLY:
        raise _error(f"compression {compression} is not supported (none, LZW, PackBits and CCITT are)")
    if compression not in _DECOMPRESS and compression not in _CCITT:
        raise _refused(f"compression {compression}")
    if (273 if 322 not in tags else 324) not in tags or planar not in (1, 2) or len(set(bits)) != 1:
        raise _refused(f"sample layout {bits} (planar config {planar})")
    depth = bits[0]
    _check_readable(tags, photometric, channels, depth, planar)
    if photometric == 6 and planar == 1:
        if 322 in tags and tuple(tags.get(530, (2, 2))) != (1, 1):
            raise _error("tiled subsampled YCbCr images are not supported")
        tiled = 322 in tags
        ycc = _planes(data, tags, width, height, 3, 8, order) if tiled else _ycbcr_units(data, tags, width, height)
        return _ycbcr_to_rgb(ycc, tags), photometric
    img = _planes(data, tags, width, height, channels, depth, order)
    if photometric == 6:
        return _ycbcr_to_rgb(img, tags), photometric
    if photometric == 5:
        return _cmyk_to_rgb(img), photometric
    if photometric == 8:
        return _cielab_to_rgb(img, tags), photometric
    if photometric == 3:
        cmap = np.asarray(tags[320], np.uint16).reshape(3, -1).T
        return (cmap[img[:, :, 0]] >> 8).astype(np.uint8), photometric
    if photometric in (0, 1) and planar == 2 and channels > 1:
        # libtiff reads separate gray planes as RGB ones: no MinIsWhite inversion, the second plane as alpha
        return np.concatenate([np.repeat(img[:, :, :1], 3, axis=2), img[:, :, 1:2]], axis=2), photometric
    if photometric in (0, 1):
        img = img[:, :, :1]             # interleaved extra samples (alpha) leave libtiff's gray untouched
    if depth < 8:                       # libtiff's gray maps spread 1-, 2- and 4-bit samples over 0..255
        img = img * np.uint8(255 // ((1 << depth) - 1))
    if photometric == 0:
        img = np.iinfo(img.dtype).max - img
    return img, photometric
