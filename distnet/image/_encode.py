"""Image encoders for ``recordio.pack_img``: PNG (zlib) and baseline JPEG with libjpeg's defaults
(quality-scaled standard tables, 4:2:0 chroma, ISLOW forward DCT, standard Huffman tables)."""
import struct
import zlib

import numpy as np

from ..base import MXNetError
from ._jpeg import ZIGZAG
from ._png import SIGNATURE

_LUMA_Q = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
           14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
           49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99]
_CHROMA_Q = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
             47, 66, 99, 99, 99, 99, 99, 99] + [99] * 32
# the standard Huffman tables (JPEG Annex K.3): code counts per length 1..16, then symbols
_DC_COUNTS = ([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0], [0, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0])
_DC_SYMBOLS = list(range(12))
_AC_LUMA = ([0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7D], bytes.fromhex(
    "01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a343536"
    "3738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999a"
    "a2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7"
    "f8f9fa"))
_AC_CHROMA = ([0, 2, 1, 2, 4, 4, 3, 4, 7, 5, 4, 4, 0, 1, 2, 0x77], bytes.fromhex(
    "000102031104052131061241510761711322328108144291a1b1c109233352f0156272d10a162434e125f11718191a262728292a35"
    "363738393a434445464748494a535455565758595a636465666768696a737475767778797a82838485868788898a92939495969798"
    "999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4f5f6f7"
    "f8f9fa"))


def encode_png(img, level=3):
    """PNG bytes of an H x W (x C) uint8/uint16 image in OpenCV's channel order (BGR/BGRA)."""
    img = np.asarray(img)
    if img.ndim == 2:
        img = img[:, :, None]
    h, w, c = img.shape
    if c not in (1, 3, 4) or img.dtype not in (np.uint8, np.uint16):
        raise MXNetError(f"pack_img: PNG needs 1, 3 or 4 channels of uint8/uint16, got {img.shape} {img.dtype}")
    if c >= 3:
        img = img[:, :, [2, 1, 0, 3][:c]]
    ctype = {1: 0, 3: 2, 4: 6}[c]
    rows = img.astype(">u2" if img.dtype == np.uint16 else np.uint8).reshape(h, -1).view(np.uint8)
    raw = np.concatenate([np.zeros((h, 1), np.uint8), rows], axis=1).tobytes()
    depth = 16 if img.dtype == np.uint16 else 8

    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    header = struct.pack(">IIBBBBB", w, h, depth, ctype, 0, 0, 0)
    level = min(max(int(level), 0), 9)
    return SIGNATURE + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, level)) + chunk(b"IEND", b"")


def _quant_table(base, quality):
    quality = min(max(int(quality), 1), 100)
    scale = 5000 // quality if quality < 50 else 200 - quality * 2
    table = [min(max((q * scale + 50) // 100, 1), 255) for q in base]
    return np.array(table, np.int64)


def _fdct_islow(blocks):
    """libjpeg's ISLOW forward DCT of (N, 8, 8) level-shifted samples; outputs scaled by 8."""
    def one_pass(x, shift_even, shift_odd):
        t0, t7 = x[:, 0] + x[:, 7], x[:, 0] - x[:, 7]
        t1, t6 = x[:, 1] + x[:, 6], x[:, 1] - x[:, 6]
        t2, t5 = x[:, 2] + x[:, 5], x[:, 2] - x[:, 5]
        t3, t4 = x[:, 3] + x[:, 4], x[:, 3] - x[:, 4]
        t10, t13, t11, t12 = t0 + t3, t0 - t3, t1 + t2, t1 - t2
        out = [None] * 8
        out[0], out[4] = shift_even(t10 + t11), shift_even(t10 - t11)
        z1 = (t12 + t13) * 4433
        out[2] = shift_odd(z1 + t13 * 6270)
        out[6] = shift_odd(z1 - t12 * 15137)
        z1, z2, z3, z4 = t4 + t7, t5 + t6, t4 + t6, t5 + t7
        z5 = (z3 + z4) * 9633
        t4, t5, t6, t7 = t4 * 2446, t5 * 16819, t6 * 25172, t7 * 12299
        z1, z2 = z1 * -7373, z2 * -20995
        z3, z4 = z3 * -16069 + z5, z4 * -3196 + z5
        out[7], out[5] = shift_odd(t4 + z1 + z3), shift_odd(t5 + z2 + z4)
        out[3], out[1] = shift_odd(t6 + z2 + z3), shift_odd(t7 + z1 + z4)
        return np.stack(out, axis=1)

    def descale(n):
        return lambda v: (v + (1 << (n - 1))) >> n
    rows = one_pass(blocks.transpose(0, 2, 1), lambda v: v << 2, descale(11)).transpose(0, 2, 1)
    return one_pass(rows, descale(2), descale(15))


def _quantize(coef, qt):
    """libjpeg's rounding division of DCT outputs (scaled by 8) by the quantisation table."""
    div = (qt * 8)[None]
    mag = (np.abs(coef) + div // 2) // div
    return np.where(coef < 0, -mag, mag)


def _code_table(counts, symbols):
    codes, code, k = {}, 0, 0
    for length, n in enumerate(counts, 1):
        for _ in range(n):
            codes[symbols[k]] = (code, length)
            code += 1
            k += 1
        code <<= 1
    return codes


class _BitWriter:
    def __init__(self):
        self.out, self.acc, self.n = bytearray(), 0, 0

    def put(self, value, length):
        self.acc = (self.acc << length) | (value & ((1 << length) - 1))
        self.n += length
        while self.n >= 8:
            self.n -= 8
            byte = (self.acc >> self.n) & 255
            self.out.append(byte)
            if byte == 255:
                self.out.append(0)
        self.acc &= (1 << self.n) - 1

    def flush(self):
        if self.n:
            self.put((1 << (8 - self.n)) - 1, 8 - self.n)
        return bytes(self.out)


def _planes(img):
    """(Y, Cb, Cr) int planes of a BGR uint8 image with libjpeg's fixed-point RGB -> YCbCr."""
    b, g, r = (img[..., k].astype(np.int64) for k in range(3))

    def fix(x):
        return int(x * 65536 + 0.5)
    half, cbcr_off = 1 << 15, (128 << 16) + (1 << 15) - 1
    y = (fix(0.29900) * r + fix(0.58700) * g + fix(0.11400) * b + half) >> 16
    cb = (-fix(0.16874) * r - fix(0.33126) * g + fix(0.5) * b + cbcr_off) >> 16
    cr = (fix(0.5) * r - fix(0.41869) * g - fix(0.08131) * b + cbcr_off) >> 16
    return y, cb, cr


def _pad(plane, mult_h, mult_w):
    h, w = plane.shape
    return np.pad(plane, ((0, -h % mult_h), (0, -w % mult_w)), mode="edge")


def _downsample(plane, out_h, out_w):
    """libjpeg's h2v2 box downsampling with alternating 1/2 rounding bias."""
    p = _pad(plane, 2, 2)
    s = p[0::2, 0::2] + p[0::2, 1::2] + p[1::2, 0::2] + p[1::2, 1::2]
    bias = np.tile([1, 2], s.shape[1] // 2 + 1)[:s.shape[1]]
    return ((s + bias[None]) >> 2)[:out_h, :out_w]


def encode_jpeg(img, quality=95):
    """Baseline JPEG bytes of an H x W (x 3 BGR) uint8 image."""
    img = np.asarray(img)
    if img.dtype != np.uint8 or img.ndim not in (2, 3) or (img.ndim == 3 and img.shape[2] not in (1, 3)):
        raise MXNetError(f"pack_img: JPEG needs H x W or H x W x 3 uint8 pixels, got {img.shape} {img.dtype}")
    h, w = img.shape[:2]
    gray = img.ndim == 2 or img.shape[2] == 1
    qtabs = [_quant_table(_LUMA_Q, quality), _quant_table(_CHROMA_Q, quality)]
    if gray:
        comps = [(img.reshape(h, w).astype(np.int64), 1, 0)]
    else:
        y, cb, cr = _planes(img)
        ch, cw = -(-(-(-h // 2)) // 8) * 8, -(-(-(-w // 2)) // 8) * 8
        # chroma is downsampled from the full planes edge-extended to whole chroma blocks, as libjpeg does
        comps = [(y, 2, 0)] + [(_downsample(np.pad(c, ((0, 2 * ch - h), (0, 2 * cw - w)), mode="edge"), ch, cw), 1, 1)
                               for c in (cb, cr)]
    mcu = 8 * comps[0][1]
    mh, mw = -(-h // mcu), -(-w // mcu)
    coefs = []
    for (plane, samp, t), size in zip(comps, [(h, w), (-(-h // 2), -(-w // 2)), (-(-h // 2), -(-w // 2))]):
        hb, wb = -(-size[0] // 8), -(-size[1] // 8)
        p = np.pad(plane, ((0, hb * 8 - plane.shape[0]), (0, wb * 8 - plane.shape[1])), mode="edge")[:hb * 8, :wb * 8]
        blocks = p.reshape(hb, 8, wb, 8).transpose(0, 2, 1, 3).reshape(-1, 8, 8) - 128
        q = _quantize(_fdct_islow(blocks).reshape(-1, 64), qtabs[t])
        coefs.append(_with_dummies(q[:, ZIGZAG].reshape(hb, wb, 64).tolist(), mh * samp, mw * samp, samp))
    dc = [_code_table(_DC_COUNTS[k], _DC_SYMBOLS) for k in range(2)]
    ac = [_code_table(*_AC_LUMA), _code_table(*_AC_CHROMA)]
    bits, preds = _BitWriter(), [0] * len(comps)
    for my in range(mh):
        for mx in range(mw):
            for ci, (_, samp, t) in enumerate(comps):
                for by in range(samp):
                    for bx in range(samp):
                        blk = coefs[ci][my * samp + by][mx * samp + bx]
                        preds[ci] = _encode_block(bits, blk, preds[ci], dc[t], ac[t])
    return _headers(h, w, comps, qtabs) + bits.flush() + b"\xff\xd9"


def _with_dummies(grid, rows, cols, samp):
    """Extend a block grid to whole MCUs with libjpeg's DC-only dummy blocks: a block past the right
    edge repeats its left neighbour's DC, a row past the bottom the DC of the MCU's previous block."""
    for row in grid:
        while len(row) < cols:
            row.append([row[-1][0]] + [0] * 63)
    while len(grid) < rows:
        above = grid[-1]
        new = []
        for mx in range(0, cols, samp):
            new.extend([[above[mx + samp - 1][0]] + [0] * 63 for _ in range(samp)])
        grid.append(new)
    return grid


def _magnitude(v):
    n = abs(v).bit_length()
    return n, (v if v >= 0 else v + (1 << n) - 1)


def _encode_block(bits, blk, pred, dct, act):
    n, val = _magnitude(blk[0] - pred)
    bits.put(*dct[n])
    if n:
        bits.put(val, n)
    run = 0
    for k in range(1, 64):
        v = blk[k]
        if not v:
            run += 1
            continue
        while run > 15:
            bits.put(*act[0xF0])
            run -= 16
        n, val = _magnitude(v)
        bits.put(*act[run << 4 | n])
        bits.put(val, n)
        run = 0
    if run:
        bits.put(*act[0])
    return blk[0]


def _segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def _headers(h, w, comps, qtabs):
    out = b"\xff\xd8" + _segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0")
    for t in range(1 if len(comps) == 1 else 2):
        out += _segment(0xDB, bytes([t]) + bytes(int(v) for v in qtabs[t][ZIGZAG]))
    sof = struct.pack(">BHHB", 8, h, w, len(comps))
    for i, (_, samp, t) in enumerate(comps):
        sof += bytes([i + 1, samp << 4 | samp, t])
    out += _segment(0xC0, sof)
    for t in range(1 if len(comps) == 1 else 2):
        out += _segment(0xC4, bytes([t]) + bytes(_DC_COUNTS[t]) + bytes(_DC_SYMBOLS))
        counts, symbols = (_AC_LUMA, _AC_CHROMA)[t]
        out += _segment(0xC4, bytes([0x10 | t]) + bytes(counts) + symbols)
    sos = bytes([len(comps)])
    for i, (_, _, t) in enumerate(comps):
        sos += bytes([i + 1, t << 4 | t])
    return out + _segment(0xDA, sos + b"\x00\x3f\x00")
