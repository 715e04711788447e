"""imdecode of BMP layouts: palettes (1/4/8-bit, short palettes, top-down, OS/2 headers), 16-bit 5-5-5/5-6-5 bit fields, 32-bit masks, V4/V5 headers, RLE8/RLE4 (runs, absolute, delta, short); and the layouts OpenCV cannot read (2-bit, other 16-bit masks, RLE on 24 bits, JPEG/PNG payloads) failing as MXNet does."""
import hashlib
import struct

import numpy as np
import mxnet as mx


def bmp_bytes(pixels, bits, palette=None, header=40, compression=0, masks=None, top_down=False, colors_used=None, raw=None):
    """BMP bytes: ``pixels`` H x W (palette indices, or packed values for 16/32 bits) or H x W x 3 (24 bits, BGR)."""
    a = np.asarray(pixels)
    h, w = a.shape[:2]
    if raw is None:
        rows = []
        for r in (a if top_down else a[::-1]):
            if bits == 24:
                row = r.astype('uint8').tobytes()
            elif bits == 32:
                row = r.astype('<u4').tobytes()
            elif bits == 16:
                row = r.astype('<u2').tobytes()
            elif bits == 8:
                row = r.astype('uint8').tobytes()
            else:
                v = r.astype('uint8')
                bitsarr = np.unpackbits(v[:, None], axis=1)[:, 8 - bits:].reshape(-1)
                row = np.packbits(bitsarr).tobytes()
            rows.append(row + b'\0' * (-len(row) % 4))
        data = b''.join(rows)
    else:
        data = raw
    pal = b''
    if palette is not None:
        pal = b''.join(bytes([b, g, r, 0]) if header != 12 else bytes([b, g, r]) for r, g, b in palette)
    extra = b''
    if masks is not None and header == 40:
        extra = struct.pack('<' + 'I' * len(masks), *masks)
    if header == 12:
        info = struct.pack('<IHHHH', 12, w, h, 1, bits)
    else:
        ncol = len(palette) if (palette is not None and colors_used is None) else (colors_used or 0)
        info = struct.pack('<IiiHHIIiiII', header, w, -h if top_down else h, 1, bits, compression, len(data), 2835, 2835, ncol, 0)
        if header > 40:
            m = list(masks or [0, 0, 0, 0]) + [0] * 4
            info += struct.pack('<IIII', *m[:4]) + b'\0' * (header - 56)
    off = 14 + len(info) + len(extra) + len(pal)
    return b'BM' + struct.pack('<IHHI', off + len(data), 0, 0, off) + info + extra + pal + data


rs = np.random.RandomState(0)


def show(name, buf):
    for flag in [1, 0]:
        try:
            a = mx.image.imdecode(buf, flag=flag).asnumpy()
            print(name, flag, a.shape, a[0, :3].ravel().tolist(), hashlib.md5(a.tobytes()).hexdigest()[:8])
        except mx.base.MXNetError as e:
            print(name, flag, type(e).__name__, str(e).strip().split('\n')[-1][:150])
h, w = 5, 7
pal256 = [tuple(rs.randint(0, 256, 3)) for _ in range(256)]
idx8 = rs.randint(0, 256, (h, w)); idx4 = idx8 % 16; idx1 = idx8 % 2; idx2 = idx8 % 4
rgb = rs.randint(0, 256, (h, w, 3))
show('pal8', bmp_bytes(idx8, 8, pal256))
show('pal8 top', bmp_bytes(idx8, 8, pal256, top_down=True))
show('pal8 few colors', bmp_bytes(idx8 % 10, 8, pal256[:10]))
show('pal8 idx beyond', bmp_bytes(idx8 % 20, 8, pal256[:10]))
show('pal4', bmp_bytes(idx4, 4, pal256[:16]))
show('pal1', bmp_bytes(idx1, 1, pal256[:2]))
show('pal1 gray', bmp_bytes(idx1, 1, [(0,0,0),(255,255,255)]))
show('pal8 gray', bmp_bytes(idx8, 8, [(i,i,i) for i in range(256)]))
show('pal2', bmp_bytes(idx2, 2, pal256[:4]))
show('rgb24', bmp_bytes(rgb, 24))
show('rgb24 top', bmp_bytes(rgb, 24, top_down=True))
v555 = (rs.randint(0, 1 << 15, (h, w)))
show('16 555', bmp_bytes(v555, 16))
show('16 555 bf', bmp_bytes(v555, 16, compression=3, masks=[0x7c00, 0x3e0, 0x1f]))
show('16 565 bf', bmp_bytes(rs.randint(0, 1 << 16, (h, w)), 16, compression=3, masks=[0xf800, 0x7e0, 0x1f]))
show('16 444 bf', bmp_bytes(rs.randint(0, 1 << 16, (h, w)), 16, compression=3, masks=[0xf00, 0xf0, 0xf]))
v32 = rs.randint(0, 1 << 32, (h, w), dtype=np.int64)
show('32', bmp_bytes(v32, 32))
show('32 bf', bmp_bytes(v32, 32, compression=3, masks=[0xff0000, 0xff00, 0xff]))
show('32 bf rgba', bmp_bytes(v32, 32, compression=3, masks=[0xff, 0xff00, 0xff0000]))
show('32 v4 alpha', bmp_bytes(v32, 32, header=108, compression=3, masks=[0xff0000, 0xff00, 0xff, 0xff000000]))
show('32 v5', bmp_bytes(v32, 32, header=124, compression=0))
show('24 v5', bmp_bytes(rgb, 24, header=124))
show('os2 pal8', bmp_bytes(idx8, 8, pal256, header=12))
show('os2 24', bmp_bytes(rgb, 24, header=12))
# RLE8: encoded mode runs + absolute
def rle8(idx):
    out = b''
    for r in idx[::-1]:
        x = 0
        while x < len(r):
            n = 1
            while x + n < len(r) and r[x + n] == r[x] and n < 255: n += 1
            out += bytes([n, r[x]]); x += n
        out += b'\0\0'
    return out + b'\0\1'
show('rle8', bmp_bytes(idx8, 8, pal256, compression=1, raw=rle8(idx8)))
show('rle8 runs', bmp_bytes(idx8 // 64, 8, pal256, compression=1, raw=rle8(idx8 // 64)))
show('rle8 absolute', bmp_bytes(idx8, 8, pal256, compression=1, raw=b''.join(bytes([0, 7]) + bytes(r.astype('uint8').tolist()) + b'\0' + b'\0\0' for r in idx8[::-1]) + b'\0\1'))
show('rle8 delta', bmp_bytes(idx8, 8, pal256, compression=1, raw=bytes([3, 5, 0, 2, 2, 1, 2, 9, 0, 1])))
show('rle8 short', bmp_bytes(idx8, 8, pal256, compression=1, raw=bytes([3, 5, 0, 0])))
def rle4(idx):
    out = b''
    for r in idx[::-1]:
        x = 0
        while x < len(r):
            n = min(2, len(r) - x)
            out += bytes([n, (r[x] << 4) | (r[x + 1] if n > 1 else 0)]); x += n
        out += b'\0\0'
    return out + b'\0\1'
show('rle4', bmp_bytes(idx4, 4, pal256[:16], compression=2, raw=rle4(idx4)))
show('rle4 runs', bmp_bytes(idx4, 4, pal256[:16], compression=2, raw=bytes([7, 0x12, 0, 0, 5, 0x34, 0, 0, 0, 1])))
show('rle8 on 24', bmp_bytes(rgb, 24, compression=1, raw=rle8(idx8)))
show('jpeg in bmp', bmp_bytes(rgb, 24, compression=4))
show('png in bmp', bmp_bytes(rgb, 24, compression=5))
