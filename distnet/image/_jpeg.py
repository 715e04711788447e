"""A JPEG decoder (baseline and progressive Huffman) whose pixels equal libjpeg-turbo's defaults.

libjpeg-turbo as OpenCV calls it: the ISLOW integer IDCT, fancy (triangle) chroma upsampling and
the fixed-point YCbCr -> RGB tables; damaged data is read as libjpeg reads it (bad codes, data ending
early, restart markers out of order). ``decode(data)`` returns (H x W x C uint8, colour space).
"""
import struct

import numpy as np

from ..base import MXNetError
from ._jpeg_pixels import idct_islow, upsample, ycc_to_rgb
from ._jpeg_smooth import smooth, smoothing_applies
from ._jpeg_stream import entropy_segments, next_marker, resync

ZIGZAG = np.array([
    0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27, 20, 13, 6,
    7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58, 59, 52, 45, 38, 31,
    39, 46, 53, 60, 61, 54, 47, 55, 62, 63], np.int64)
_ZZ = ZIGZAG.tolist() + [63] * 17      # positions past 63 (corrupt data) land on the last, as in libjpeg
_SLOT = 64                              # list entries per block
# a code no Huffman table holds: libjpeg reads 17 bits, warns and takes symbol 0 (DC difference 0, or EOB)
_BAD_CODE = 17
_FAST_BITS = 12
# markers libjpeg reads between segments (SOFn, DHT, DAC, SOS, DQT, DNL, DRI, APPn, COM); others stop it
_KNOWN_MARKERS = frozenset([*range(0xC0, 0xD0), *range(0xDA, 0xDE), *range(0xE0, 0xF0), 0xFE])
_PAD = b"\0" * 16
_MAX_BLOCKS_IN_MCU = 10                 # libjpeg refuses interleaved scans with more blocks a unit


def _error(msg):
    return MXNetError(f"imdecode: JPEG {msg}")


class _Component:
    """One colour component of a frame: sampling factors, quantisation table and coefficients."""

    def __init__(self, cid, h, v, tq):
        self.id, self.h, self.v, self.tq = cid, h, v, tq
        self.flat = None        # blocks of _SLOT coefficients (natural order), row-major over the block grid
        self.pred = 0
        self.coef_bits = [-1] * 64      # per zigzag index, the point transform its latest scan left (-1: none)


def _huffman_table(counts, symbols):
    """A 65536-entry list mapping the next 16 bits to ``symbol << 5 | code length`` (0: invalid code)."""
    table = [0] * 65536
    code, k = 0, 0
    for length in range(1, 17):
        for _ in range(counts[length - 1]):
            if code >= 1 << length:
                raise _error("has a Huffman table with more codes than its lengths allow")
            shift = 16 - length
            entry = symbols[k] << 5 | length
            table[code << shift:(code + 1) << shift] = [entry] * (1 << shift)
            code += 1
            k += 1
        code <<= 1
    return table


def _fast_ac_table(counts, symbols):
    """A 4096-entry list for the next 12 bits: ``value << 10 | run << 5 | bits used`` when a code and its
    value bits fit in 12 bits (0 otherwise: EOB, ZRL and long codes take the slow path)."""
    table = [0] * (1 << _FAST_BITS)
    code, k = 0, 0
    for length in range(1, 17):
        for _ in range(counts[length - 1]):
            run, size = symbols[k] >> 4, symbols[k] & 15
            total = length + size
            if size and total <= _FAST_BITS:
                span = 1 << (_FAST_BITS - total)
                for bits in range(1 << size):
                    value = bits if bits >> (size - 1) else bits - (1 << size) + 1
                    start = ((code << size) | bits) << (_FAST_BITS - total)
                    table[start:start + span] = [value << 10 | run << 5 | total] * span
            code += 1
            k += 1
        code <<= 1
    return table


class _Bits:
    """An MSB-first bit reader over one restart interval's unstuffed entropy-coded bytes."""

    __slots__ = ("data", "pos", "acc", "nbits")

    def __init__(self, data):
        self.data, self.pos, self.acc, self.nbits = data + _PAD, 0, 0, 0

    def fill(self):
        self.acc = (self.acc & ((1 << self.nbits) - 1)) << 32 | int.from_bytes(self.data[self.pos:self.pos + 4], "big")
        self.pos += 4
        self.nbits += 32

    def get(self, n):
        if self.nbits < n:
            self.fill()
        self.nbits -= n
        return (self.acc >> self.nbits) & ((1 << n) - 1)

    def symbol(self, table):
        if self.nbits < 17:
            self.fill()
        e = table[(self.acc >> (self.nbits - 16)) & 0xFFFF] or _BAD_CODE
        self.nbits -= e & 31
        return e >> 5


def _coef(v):
    """``v`` stored as libjpeg's 16-bit JCOEF (wrapping)."""
    return ((v + 32768) & 0xFFFF) - 32768


def _extend(v, s):
    return v - (1 << s) + 1 if v < 1 << (s - 1) else v


class _Decoder:
    """Parses the marker segments and decodes each scan into per-component coefficients."""

    def __init__(self, data):
        self.data = data
        self.qt = {}
        self.dc, self.ac, self.fast = {}, {}, {}
        self.components = []
        self.progressive = False
        self.restart = 0
        self.adobe = None
        self.jfif = False
        self.size = None
        self.eobrun = 0
        self.truncated = True        # until the EOI marker is seen
        self.scans = 0
        self.mcus_done = None        # MCUs decoded before a truncated baseline scan ran out of data

    def run(self):
        data = self.data
        if data[:2] != b"\xff\xd8":
            raise _error("data does not start with the SOI marker FFD8")
        pos, frames = 2, 0
        while True:
            while pos < len(data) and data[pos] == 0xFF and pos + 1 < len(data) and data[pos + 1] == 0xFF:
                pos += 1
            if pos + 2 > len(data):
                break
            if data[pos] != 0xFF or data[pos + 1] == 0:     # libjpeg skips bytes that hold no marker
                found = next_marker(data, pos)
                if found is None:
                    break
                pos = found.end() - 2
            marker = data[pos + 1]
            pos += 2
            if marker == 0xD9:
                self.truncated = False
                break
            if 0xD0 <= marker <= 0xD7 or marker == 0x01:
                continue
            if marker not in _KNOWN_MARKERS:
                if self.scans and not self.progressive:     # libjpeg fails after the pixels are out
                    break
                raise _error(f"data holds an unknown marker {marker:#04x}")
            if pos + 2 > len(data):
                raise _error("data ends inside a marker segment (truncated file)")
            length = struct.unpack_from(">H", data, pos)[0]
            seg = data[pos + 2:pos + length]
            if len(seg) != length - 2:
                if self.size is not None:           # libjpeg suspends: the frame size is known, no pixels
                    self.mcus_done = 0
                    break
                raise _error(f"marker {marker:#04x} segment is truncated")
            pos += length
            if marker == 0xDB:
                self._dqt(seg)
            elif marker == 0xC4:
                self._dht(seg)
            elif marker in (0xC0, 0xC1, 0xC2):
                self._sof(seg, marker == 0xC2)
                frames += 1
            elif marker in (0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                raise _error(f"frame type SOF{marker - 0xC0} (lossless, hierarchical or arithmetic coding) "
                             "is not supported; only baseline and progressive Huffman JPEGs are")
            elif marker == 0xDD:
                self.restart = struct.unpack(">H", seg[:2])[0]
            elif marker == 0xEE and seg[:5] == b"Adobe" and len(seg) >= 12:
                self.adobe = seg[11]
            elif marker == 0xE0 and seg[:4] == b"JFIF":
                self.jfif = True
            elif marker == 0xDA:
                if not frames:
                    raise _error("data has a scan (SOS) before the frame header (SOF)")
                pos = self._scan(seg, pos)
        if not frames or (not any(c.decoded for c in self.components) and self.mcus_done is None):
            raise _error("data holds no image frame or scan (truncated or not a JPEG)")
        return self

    def _dqt(self, seg):
        i = 0
        while i < len(seg):
            precision, tq = seg[i] >> 4, seg[i] & 15
            n = 128 if precision else 64
            raw = np.frombuffer(seg, ">u2" if precision else "u1", 64, i + 1)
            table = np.zeros(64, np.int64)
            table[ZIGZAG] = raw
            self.qt[tq] = table
            i += 1 + n

    def _dht(self, seg):
        i = 0
        while i < len(seg):
            tc, th = seg[i] >> 4, seg[i] & 15
            counts = list(seg[i + 1:i + 17])
            total = sum(counts)
            symbols = list(seg[i + 17:i + 17 + total])
            if len(symbols) != total:
                raise _error("has a truncated Huffman table (DHT)")
            if tc:
                self.ac[th] = _huffman_table(counts, symbols)
                self.fast[th] = _fast_ac_table(counts, symbols)
            else:
                self.dc[th] = _huffman_table(counts, symbols)
            i += 17 + total

    def _sof(self, seg, progressive):
        precision, height, width, n = struct.unpack_from(">BHHB", seg)
        if precision != 8:
            raise _error(f"sample precision {precision} is not supported (only 8-bit)")
        if height == 0 or width == 0:
            raise _error(f"frame has an empty size {width}x{height}")
        self.size = (height, width)
        self.progressive = progressive
        self.components = []
        for k in range(n):
            cid, hv, tq = seg[6 + 3 * k:9 + 3 * k]
            if not (1 <= hv >> 4 <= 4 and 1 <= hv & 15 <= 4):
                raise _error(f"component {cid} has sampling factors {hv >> 4}x{hv & 15} (libjpeg takes 1 to 4)")
            self.components.append(_Component(cid, hv >> 4, hv & 15, tq))
        self.hmax = max(c.h for c in self.components)
        self.vmax = max(c.v for c in self.components)
        self.mcux = -(-width // (8 * self.hmax))
        self.mcuy = -(-height // (8 * self.vmax))
        for c in self.components:
            c.bw = -(-(-(-width * c.h // self.hmax)) // 8)      # blocks covering the component's samples
            c.bh = -(-(-(-height * c.v // self.vmax)) // 8)
            c.rows, c.stride = self.mcuy * c.v, self.mcux * c.h
            c.flat = [0] * (c.rows * c.stride * _SLOT)     # Python ints decode faster than numpy items
            c.decoded = False

    def _scan(self, seg, pos):
        n = seg[0]
        byid = {c.id: c for c in self.components}
        comps = []
        for k in range(n):
            cid, tables = seg[1 + 2 * k:3 + 2 * k]
            if cid not in byid:
                raise _error(f"scan refers to component {cid}, which the frame does not declare")
            c = byid[cid]
            c.td, c.ta = tables >> 4, tables & 15
            comps.append(c)
        if n > 1 and sum(c.h * c.v for c in comps) > _MAX_BLOCKS_IN_MCU:
            raise _error(f"scan interleaves {sum(c.h * c.v for c in comps)} blocks a unit, more than libjpeg's "
                         f"{_MAX_BLOCKS_IN_MCU} (sampling factors too large)")
        ss, se, ahal = seg[1 + 2 * n:4 + 2 * n]
        self.scans += 1
        segments, stop, cut = entropy_segments(self.data, pos)
        for c in comps:
            c.pred = 0
            c.decoded = True
            c.coef_bits[ss:se + 1] = [ahal & 15] * (se + 1 - ss)
        self.eobrun = 0
        if not self.progressive:
            self._baseline(comps, segments, cut)
        else:
            self._progressive(comps, segments, ss, se, ahal >> 4, ahal & 15)
        return stop

    def _units(self, comps):
        """Per MCU: a list of (component, offset of the block in its flat list) in the scan's order."""
        if len(comps) == 1:
            c = comps[0]
            return [[(c, (by * c.stride + bx) * _SLOT)] for by in range(c.bh) for bx in range(c.bw)]
        units = []
        for my in range(self.mcuy):
            for mx in range(self.mcux):
                units.append([(c, ((my * c.v + y) * c.stride + mx * c.h + x) * _SLOT)
                              for c in comps for y in range(c.v) for x in range(c.h)])
        return units

    def _tables(self, c, dc=True, ac=True):
        try:
            return (self.dc[c.td] if dc else None), (self.ac[c.ta] if ac else None)
        except KeyError:
            raise _error(f"scan uses a Huffman table that no DHT segment defined (component {c.id})") from None

    def _restart_intervals(self, comps, segments):
        """Yield (entropy-coded bytes, MCU units, whether the decoder is stuck at a marker) per restart interval,
        following libjpeg's restart-marker resynchronisation."""
        units = self._units(comps)
        step = self.restart or len(units)
        index, stuck = 0, False
        for k, start in enumerate(range(0, len(units), step)):
            if k:
                index, stuck = resync(segments, index, (k - 1) & 7)
            for c in comps:
                c.pred = 0
            self.eobrun = 0
            yield (b"" if stuck else segments[index][0]), units[start:start + step], stuck, index

    def _baseline(self, comps, segments, cut=False):
        zz = _ZZ
        fast_bits = _FAST_BITS
        done = 0
        out_of_data = False
        for data, units, stuck, index in self._restart_intervals(comps, segments):
            available = len(data) * 8
            if not stuck:       # a restart clears libjpeg's out-of-data state unless it stopped at a marker
                out_of_data = False
            data, pos, acc, nb = data + _PAD, 0, 0, 0
            # a cut-off file: libjpeg suspends in the MCU whose bit-buffer refill finds under 57 bits left
            limit = available - 57 if cut and index == len(segments) - 1 else None
            for unit in units:
                if limit is not None and pos * 8 - nb > limit:
                    self.mcus_done = done - 1
                    return
                done += 1
                if out_of_data:     # libjpeg leaves the rest of the interval's blocks zero (uniform gray)
                    continue
                for c, base in unit:
                    dct, act = self._tables(c)
                    fast = self.fast[c.ta]
                    flat = c.flat
                    # the bit reader is inlined: this loop is where decoding spends its time
                    if nb < 32:
                        acc = (acc & ((1 << nb) - 1)) << 32 | int.from_bytes(data[pos:pos + 4], "big")
                        pos, nb = pos + 4, nb + 32
                    e = dct[(acc >> (nb - 16)) & 0xFFFF] or _BAD_CODE
                    nb -= e & 31
                    size = e >> 5
                    if size:
                        nb -= size
                        v = (acc >> nb) & ((1 << size) - 1)
                        c.pred += v if v >> (size - 1) else v - (1 << size) + 1
                    flat[base] = c.pred
                    k = 1
                    while k < 64:
                        if nb < 32:
                            acc = (acc & ((1 << nb) - 1)) << 32 | int.from_bytes(data[pos:pos + 4], "big")
                            pos, nb = pos + 4, nb + 32
                        e = fast[(acc >> (nb - fast_bits)) & 0xFFF]
                        v = e >> 10
                        if v:
                            k += (e >> 5) & 31
                            nb -= e & 31
                            flat[base + zz[k]] = v
                            k += 1
                            continue
                        e = act[(acc >> (nb - 16)) & 0xFFFF] or _BAD_CODE
                        nb -= e & 31
                        rs = e >> 5
                        size = rs & 15
                        if size:
                            k += rs >> 4
                            nb -= size
                            v = (acc >> nb) & ((1 << size) - 1)
                            flat[base + zz[k]] = v if v >> (size - 1) else v - (1 << size) + 1
                            k += 1
                        elif rs == 0xF0:
                            k += 16
                        else:
                            break
                out_of_data = pos * 8 - nb > available       # the unit read zero bits past the data's end
        if cut:
            self.mcus_done = done - 1 if done and pos * 8 - nb > limit else done

    def _progressive(self, comps, segments, ss, se, ah, al):
        if ss == 0 and se != 0:
            raise _error("progressive DC scan also codes AC coefficients")
        if ss != 0 and len(comps) != 1:
            raise _error("progressive AC scan has more than one component")
        out_of_data = False
        for data, units, stuck, _ in self._restart_intervals(comps, segments):
            bits = _Bits(data)
            out_of_data = out_of_data and stuck
            for unit in units:
                if out_of_data:     # as in baseline scans, libjpeg skips the rest of the interval
                    continue
                if ss == 0:
                    self._dc_unit(bits, unit, ah, al)
                else:
                    c, base = unit[0]
                    refine = self._ac_refine if ah else self._ac_first
                    refine(bits, self._tables(c, dc=False)[1], c.flat, base, ss, se, al)
                out_of_data = bits.pos * 8 - bits.nbits > len(data) * 8

    def _dc_unit(self, bits, unit, ah, al):
        for c, base in unit:
            if ah == 0:
                s = bits.symbol(self._tables(c, ac=False)[0])
                if s:
                    c.pred += _extend(bits.get(s), s)
                c.flat[base] = _coef(c.pred * (1 << al))
            elif bits.get(1):
                c.flat[base] |= 1 << al

    def _ac_first(self, bits, table, flat, base, ss, se, al):
        if self.eobrun:
            self.eobrun -= 1
            return
        k = ss
        while k <= se:
            rs = bits.symbol(table)
            r, s = rs >> 4, rs & 15
            if s:
                k += r
                flat[base + _ZZ[k]] = _coef(_extend(bits.get(s), s) * (1 << al))
                k += 1
            elif r == 15:
                k += 16
            else:
                self.eobrun = (1 << r) - 1 + (bits.get(r) if r else 0)
                return

    def _ac_refine(self, bits, table, flat, base, ss, se, al):
        p1, m1 = 1 << al, -1 << al
        k = ss
        if not self.eobrun:
            while k <= se:
                rs = bits.symbol(table)
                r, s = rs >> 4, rs & 15
                value = 0
                if s:
                    value = p1 if bits.get(1) else m1
                elif r != 15:
                    self.eobrun = (1 << r) + (bits.get(r) if r else 0)
                    break
                # skip r zero coefficients (refining the nonzero ones passed) up to the one the new value takes
                while True:
                    z = base + _ZZ[k]
                    if flat[z]:
                        if bits.get(1) and not flat[z] & p1:
                            flat[z] += p1 if flat[z] >= 0 else m1
                    else:
                        r -= 1
                        if r < 0:
                            break
                    k += 1
                    if k > se:
                        break
                if value:       # past the band too, as libjpeg writes it (corrupt data)
                    flat[base + _ZZ[k]] = value
                k += 1
        if self.eobrun:
            while k <= se:
                z = base + _ZZ[k]
                if flat[z] and bits.get(1) and not flat[z] & p1:
                    flat[z] += p1 if flat[z] >= 0 else m1
                k += 1
            self.eobrun -= 1


def _rows_ready(dec):
    """How many output rows libjpeg delivers before a cut-off baseline scan suspends it (None: all)."""
    if dec.truncated and dec.progressive:
        raise _error("data is truncated (no EOI marker) in a progressive image")
    if dec.mcus_done is None:
        return None
    if dec.scans > 1:
        raise _error("data is truncated (no EOI marker) in a progressive or multi-scan image")
    comps = dec.components
    if dec.scans and len(comps) == 1:
        per_row, row_h, total = comps[0].bw, 8, comps[0].bh
    else:
        per_row, row_h, total = dec.mcux, 8 * dec.vmax, dec.mcuy
    rows = dec.mcus_done // per_row
    if rows >= total:
        return None
    # with vertical fancy upsampling the last row group of an iMCU row waits for the next one
    context = any(dec.vmax // c.v == 2 for c in comps)
    return max(0, rows * row_h - (dec.vmax if context else 0))


def decode(data, gray=False):
    """(H x W x C uint8, 'gray' | 'rgb' | 'cmyk') of a JPEG; with ``gray`` a colour image returns luma only.

    A file cut off inside a baseline scan gives the rows decoded so far, the last one repeated below
    (what OpenCV returns when libjpeg suspends)."""
    dec = _Decoder(bytes(data)).run()
    img, space = _pixels(dec, gray)
    ready = _rows_ready(dec)
    if ready is not None:
        img = img.copy()
        if ready == 0:
            img[:] = 0
        else:
            img[ready:] = img[ready - 1]
    return img, space


def _pixels(dec, gray):
    height, width = dec.size
    n = len(dec.components)
    ids = tuple(c.id for c in dec.components)
    rgb = n == 3 and (dec.adobe == 0 or (ids == (82, 71, 66) and not dec.jfif and dec.adobe is None))
    planes = []
    for c in dec.components:
        if c.tq not in dec.qt:
            raise _error(f"component {c.id} uses quantisation table {c.tq}, which no DQT segment defined")
    smoothing = dec.progressive and smoothing_applies(dec.components, dec.qt)
    for c in dec.components:
        if gray and planes and n == 3 and not rgb:
            break
        if dec.hmax % c.h or dec.vmax % c.v:
            raise _error(f"component {c.id} samples {c.h}x{c.v} against {dec.hmax}x{dec.vmax}: libjpeg does not "
                         "implement fractional upsampling")
        coef = np.array(c.flat, np.int32).reshape(c.rows, c.stride, _SLOT)
        blocks = coef[:c.bh, :c.bw, :64]
        if smoothing:
            blocks = smooth(blocks, dec.qt[c.tq], c.coef_bits)
        blocks = blocks.reshape(-1, 64)
        pix = idct_islow(blocks, dec.qt[c.tq]).reshape(c.bh, c.bw, 8, 8).transpose(0, 2, 1, 3)
        pix = pix.reshape(c.bh * 8, c.bw * 8)
        ch, cw = -(-height * c.v // dec.vmax), -(-width * c.h // dec.hmax)
        planes.append(upsample(pix[:ch, :cw], dec.hmax // c.h, dec.vmax // c.v, height, width))
    if n == 1 or gray and n == 3 and not rgb:
        return planes[0].astype(np.uint8)[:, :, None], "gray"
    if n == 3:
        if rgb:
            return np.stack(planes, axis=-1).astype(np.uint8), "rgb"
        return ycc_to_rgb(*planes), "rgb"
    if n == 4:
        return np.stack(planes, axis=-1).astype(np.uint8), "cmyk" if dec.adobe != 2 else "ycck"
    raise _error(f"has {n} components; only 1 (gray), 3 (colour) or 4 (CMYK) are supported")
