"""imdecode of TIFF layouts as MXNet's OpenCV/libtiff reads them: gray with alpha, CMYK, YCbCr (subsampled, coefficients, black/white references), CIE L*a*b* (white points), tiles, separate planes; the layouts it refuses (deflate, 32-bit, odd sample sizes); damaged strips (byte counts missing, wrong or past the file, short or corrupt LZW/PackBits data)."""
import hashlib
import struct
import zlib

import numpy as np
import mxnet as mx


def tiff_bytes(pixels, photometric, bits=8, extra=None, planar=1, tile=None, compression=1, strip_rows=None, raw=None):
    """Little-endian TIFF bytes of an H x W x C array in strips (or ``tile`` = (h, w) tiles), or of ``raw`` strip bytes."""
    a = np.asarray(pixels)
    h, w, c = a.shape

    def pack_rows(arr):
        if bits >= 8:
            return arr.astype({8: '<u1', 16: '<u2', 32: '<u4'}[bits]).tobytes()
        return b''.join(np.packbits(np.unpackbits(r.reshape(-1, 1).astype(np.uint8), axis=1)[:, 8 - bits:].reshape(-1)).tobytes()
                        for r in arr)
    planes = [a] if planar == 1 else [a[:, :, k:k + 1] for k in range(c)]
    if raw is not None:
        chunks = [raw]
    elif tile:
        th, tw = tile
        chunks = []
        for plane in planes:
            for ty in range(0, h, th):
                for tx in range(0, w, tw):
                    t = np.zeros((th, tw, plane.shape[2]), a.dtype)
                    part = plane[ty:ty + th, tx:tx + tw]
                    t[:part.shape[0], :part.shape[1]] = part
                    chunks.append(pack_rows(t))
    else:
        rows = strip_rows or h
        chunks = [pack_rows(p[y:y + rows]) for p in planes for y in range(0, h, rows)]
    if compression == 8:
        chunks = [zlib.compress(ch) for ch in chunks]
    tags = {256: (3, [w]), 257: (3, [h]), 258: (3, [bits] * c), 259: (3, [compression]), 262: (3, [photometric]),
            277: (3, [c]), 284: (3, [planar])}
    if tile:
        tags[322], tags[323] = (3, [tile[1]]), (3, [tile[0]])
    else:
        tags[278] = (3, [strip_rows or h])
    tags.update(extra or {})
    offsets, pos = [], 8
    for ch in chunks:
        offsets.append(pos)
        pos += len(ch)
    tags[324 if tile else 273] = (4, offsets)
    tags[325 if tile else 279] = (4, [len(ch) for ch in chunks])
    tags = {k: v for k, v in tags.items() if v is not None}
    ifd = pos + (pos & 1)
    ext_at = ifd + 2 + 12 * len(tags) + 4
    entries, ext = b'', b''
    for tag, (kind, vals) in sorted(tags.items()):
        if kind == 5:
            body = b''.join(struct.pack('<II', *v) for v in vals)
        else:
            body = struct.pack('<' + {3: 'H', 4: 'I'}[kind] * len(vals), *vals)
        if len(body) <= 4:
            entries += struct.pack('<HHI', tag, kind, len(vals)) + body.ljust(4, b'\0')
        else:
            entries += struct.pack('<HHII', tag, kind, len(vals), ext_at + len(ext))
            ext += body + b'\0' * (len(body) & 1)
    return (b'II*\0' + struct.pack('<I', ifd) + b''.join(chunks) + b'\0' * (pos & 1)
            + struct.pack('<H', len(tags)) + entries + b'\0\0\0\0' + ext)


def lzw_bytes(raw):
    """TIFF LZW of literal 9-bit codes only (a clear code every 200 bytes keeps the width at 9)."""
    codes = []
    for i in range(0, len(raw), 200):
        codes += [256] + list(raw[i:i + 200])
    bits = ''.join(format(c, '09b') for c in codes + [257])
    bits += '0' * (-len(bits) % 8)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8))


def packbits_bytes(raw):
    """PackBits of literal runs of up to 128 bytes."""
    return b''.join(bytes([len(raw[i:i + 128]) - 1]) + raw[i:i + 128] for i in range(0, len(raw), 128))


def patched(buf, tag, values):
    """``buf`` with a tag's LONG values replaced (or, for None, the tag renamed to an unknown one)."""
    b = bytearray(buf)
    ifd = struct.unpack_from('<I', b, 4)[0]
    for k in range(struct.unpack_from('<H', b, ifd)[0]):
        e = ifd + 2 + 12 * k
        t, kind, n, v = struct.unpack_from('<HHII', b, e)
        if t == tag and values is None:
            struct.pack_into('<H', b, e, 65000)
        elif t == tag:
            for i, x in enumerate(values):
                struct.pack_into('<I', b, e + 8 if n == 1 else v + 4 * i, x)
    return bytes(b)


def show(name, buf):
    for flag in (1, 0):
        try:
            a = mx.image.imdecode(buf, flag=flag).asnumpy()
            print(name, flag, a.shape, a[0, :3].ravel().tolist(), hashlib.md5(a.tobytes()).hexdigest()[:10])
        except mx.base.MXNetError as e:
            print(name, flag, 'MXNetError', str(e).strip().split('\n')[-1])


rs = np.random.RandomState(0)
px1, px2, px3, px4 = (rs.randint(0, 256, (5, 7, c)).astype('uint8') for c in (1, 2, 3, 4))
big3, big4 = rs.randint(0, 256, (20, 35, 3)).astype('uint8'), rs.randint(0, 256, (20, 17, 4)).astype('uint8')
ycc11 = {530: (3, [1, 1])}
cases = [('rgb', tiff_bytes(px3, 2)), ('rgb strips', tiff_bytes(px3, 2, strip_rows=2)), ('rgb no photometric', tiff_bytes(px3, 2, extra={262: None})),
         ('gray no photometric', tiff_bytes(px1, 1, extra={262: None}))]
for ex in (None, 0, 1, 2):
    extra = {} if ex is None else {338: (3, [ex])}
    cases += [('gray+alpha %s' % ex, tiff_bytes(px2, 1, extra=extra)), ('white+alpha %s' % ex, tiff_bytes(px2, 0, extra=extra)),
              ('gray16+alpha %s' % ex, tiff_bytes(px2.astype('uint16') * 257 + 3, 1, bits=16, extra=extra)),
              ('planar gray+alpha %s' % ex, tiff_bytes(px2, 1, planar=2, extra=extra)),
              ('planar white+alpha %s' % ex, tiff_bytes(px2, 0, planar=2, extra=extra)),
              ('planar gray16+alpha %s' % ex, tiff_bytes(px2.astype('uint16') * 257, 1, bits=16, planar=2, extra=extra))]
cases += [('gray 3 samples', tiff_bytes(px3, 1)), ('gray16 3 samples', tiff_bytes(px3.astype('uint16') * 200, 1, bits=16)),
          ('cmyk', tiff_bytes(px4, 5)), ('cmyk+alpha', tiff_bytes(np.concatenate([px4, px1], 2), 5, extra={338: (3, [2])})),
          ('cmyk planar', tiff_bytes(px4, 5, planar=2)), ('cmyk+1 planar', tiff_bytes(np.concatenate([px4, px1], 2), 5, planar=2)),
          ('cmyk16', tiff_bytes(px4.astype('uint16') * 257, 5, bits=16)), ('cmyk inkset 2', tiff_bytes(px4, 5, extra={332: (3, [2])})),
          ('cmyk 3 samples', tiff_bytes(px3, 5)),
          ('ycbcr 1x1', tiff_bytes(px3, 6, extra=ycc11)), ('ycbcr 1x1 strips', tiff_bytes(px3, 6, extra=ycc11, strip_rows=2)),
          ('ycbcr references', tiff_bytes(px3, 6, extra={530: (3, [1, 1]), 532: (5, [(16, 1), (235, 1), (128, 1), (240, 1), (128, 1), (240, 1)])})),
          ('ycbcr coefficients', tiff_bytes(px3, 6, extra={530: (3, [1, 1]), 529: (5, [(2126, 10000), (7152, 10000), (722, 10000)])})),
          ('ycbcr planar', tiff_bytes(px3, 6, extra=ycc11, planar=2)), ('ycbcr planar 2x2', tiff_bytes(px3, 6, extra={530: (3, [2, 2])}, planar=2)),
          ('ycbcr16', tiff_bytes(px3.astype('uint16'), 6, bits=16, extra=ycc11)), ('ycbcr 4 samples', tiff_bytes(px4, 6, extra=ycc11)),
          ('ycbcr tiled', tiff_bytes(px3, 6, extra=ycc11, tile=(16, 16)))]
for h, w in ((5, 7), (8, 8), (3, 9), (6, 9)):
    for sub in ((1, 2), (2, 1), (2, 2), (4, 1), (4, 2), (4, 4), (1, 4), (2, 4), (3, 3)):
        units = -(-w // sub[0]) * -(-h // sub[1]) * (sub[0] * sub[1] + 2)
        tags = {} if sub == (2, 2) and h == 5 else {530: (3, list(sub))}         # no tag: 2 x 2
        cases.append(('ycbcr %dx%d %s' % (h, w, sub), tiff_bytes(np.zeros((h, w, 3), 'uint8'), 6, extra=tags,
                                                            raw=rs.randint(0, 256, units).astype('uint8').tobytes())))
cases += [('tiled rgb', tiff_bytes(big3, 2, tile=(16, 16))), ('tiled planar rgb', tiff_bytes(big3, 2, tile=(16, 16), planar=2)),
          ('tiled gray', tiff_bytes(big3[:, :, :1], 1, tile=(16, 16))),
          ('tiled rgb16', tiff_bytes(big4[:, :, :3].astype('uint16') * 251, 2, bits=16, tile=(16, 16))),
          ('tiled bilevel', tiff_bytes(big4[:, :, :1] % 2, 1, bits=1, tile=(16, 16))),
          ('tiled rgba', tiff_bytes(big4, 2, tile=(16, 16), extra={338: (3, [2])})),
          ('deflate', tiff_bytes(px3, 2, compression=8)), ('float32', tiff_bytes(px1.astype('uint32'), 1, bits=32, extra={339: (3, [3])})),
          ('uint32', tiff_bytes(px1.astype('uint32'), 1, bits=32)), ('3-bit gray', tiff_bytes(px1 % 8, 1, extra={258: (3, [3])})),
          ('5-6-5 rgb', tiff_bytes(px3, 2, extra={258: (3, [5, 6, 5])})), ('rgb 2 samples', tiff_bytes(px2, 2)),
          ('rgb 4-bit', tiff_bytes(px3 // 16, 2, bits=4)), ('planar rgb 4-bit', tiff_bytes(px3 // 16, 2, bits=4, planar=2)),
          ('gray 2 samples 4-bit', tiff_bytes(px2 // 16, 1, bits=4)), ('planar gray 2 samples 4-bit', tiff_bytes(px2 // 16, 1, bits=4, planar=2)),
          ('planar palette', tiff_bytes(np.concatenate([px1 % 4, px1], 2), 3, planar=2, extra={320: (3, list(range(0, 65536, 256)) * 3)})),
          ('photometric 4', tiff_bytes(px1, 4)), ('photometric 7', tiff_bytes(px3, 7))]
lab_grid = np.stack(np.meshgrid(np.arange(0, 256, 5), np.arange(0, 256, 8), np.arange(0, 256, 8), indexing='ij'), -1)
lab_grid = lab_grid.reshape(-1, 64, 3).astype('uint8')
cases += [('lab grid', tiff_bytes(lab_grid, 8)), ('lab', tiff_bytes(big3, 8)),
          ('lab white D65', tiff_bytes(big3, 8, extra={318: (5, [(3127, 10000), (3290, 10000)])})),
          ('lab white y 0', tiff_bytes(big3, 8, extra={318: (5, [(1, 3), (0, 1)])})),
          ('lab+alpha', tiff_bytes(np.concatenate([big3, big3[..., :1]], 2), 8, extra={338: (3, [2])})),
          ('lab16', tiff_bytes(big3.astype('uint16') * 257, 8, bits=16)), ('planar lab', tiff_bytes(big3, 8, planar=2))]
px10 = rs.randint(0, 256, (10, 7, 3)).astype('uint8')
one, three = tiff_bytes(px10, 2), tiff_bytes(px10, 2, strip_rows=3)
planes, gray = tiff_bytes(px10, 2, planar=2, strip_rows=5), tiff_bytes(px10[..., :1], 1, strip_rows=4)
cases += [('one strip, no counts', patched(one, 279, None)), ('strips, no counts', patched(three, 279, None)),
          ('one strip, count 0', patched(one, 279, [0])), ('one strip, count short', patched(one, 279, [100])),
          ('one strip, count past the file', patched(one, 279, [10 ** 6])), ('one strip, count long', patched(one, 279, [250])),
          ('strips, counts differ', patched(three, 279, [63, 10, 63, 21])), ('strips, counts equal and short', patched(three, 279, [10] * 4)),
          ('strips, last short', patched(three, 279, [63, 63, 63, 5])), ('strips, first count 0', patched(three, 279, [0, 63, 63, 21])),
          ('strips, one past the file', patched(three, 273, [8, 10 ** 6, 134, 197])), ('planes, one short', patched(planes, 279, [35, 20, 35, 35, 35, 35])),
          ('gray strips, counts differ', patched(gray, 279, [28, 1, 14]))]
flat = px10.tobytes()
for kind, code, packed in (('lzw', 5, lzw_bytes(flat)), ('packbits', 32773, packbits_bytes(flat))):
    for damage, data in (('whole', packed), ('half', packed[:len(packed) // 2]), ('quarter', packed[:len(packed) // 4]),
                         ('zeros', bytes(len(packed))), ('ones', b'\xff' * len(packed)),
                         ('flipped', packed[:40] + bytes([packed[40] ^ 0x5a]) + packed[41:])):
        cases.append(('%s %s' % (kind, damage), tiff_bytes(px10, 2, compression=code, raw=data)))
for name, buf in cases:
    show(name, buf)
