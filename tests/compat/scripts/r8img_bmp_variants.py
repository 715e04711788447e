# BMPs built byte by byte, decoded as MXNet's OpenCV reads them: 16-bit 5-5-5 / 5-6-5 (other masks refused),
# 32-bit bytes taken as B, G, R whatever the masks, palette indices past the palette (black), RLE8 and RLE4
# streams with end-of-line, delta and end-of-bitmap codes (RLE4 skips only dx and ends only on the last row).
import hashlib
import struct

import numpy as np
import mxnet as mx


def bmp(w, h, bits, body, palette=(), comp=0, masks=None, topdown=False):
    """BMP bytes: BITMAPINFOHEADER, optional bit-field masks and palette, then ``body`` (rows or RLE data)."""
    pal = b"".join(bytes([b, g, r, 0]) for r, g, b in palette)
    info = struct.pack("<IiiHHIIiiII", 40, w, -h if topdown else h, 1, bits, comp, len(body), 2835, 2835,
                       len(palette), 0)
    extra = struct.pack("<III", *masks) if masks else b""
    off = 14 + len(info) + len(extra) + len(pal)
    return b"BM" + struct.pack("<IHHI", off + len(body), 0, 0, off) + info + extra + pal + body


def rows(pixels, bits, w):
    """Stored rows (bottom-up file order is the caller's), each padded to 4 bytes."""
    stride = (w * bits + 31) // 32 * 4
    out = b""
    for row in pixels:
        if bits < 8:
            text = "".join(format(int(v), "0%db" % bits) for v in row)
            data = bytes(int(text[i:i + 8].ljust(8, "0"), 2) for i in range(0, len(text), 8))
        else:
            data = np.asarray(row).tobytes()
        out += data + b"\0" * (stride - len(data))
    return out


def show(name, buf):
    for flag in (1, 0):
        try:
            a = mx.image.imdecode(buf, flag=flag, to_rgb=False).asnumpy()
            print(name, flag, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16], a[:, :, 0].ravel()[:10].tolist())
        except mx.base.MXNetError:
            print(name, flag, "MXNetError")


rs = np.random.RandomState(8)
for w, h in ((3, 2), (13, 5)):
    px = rs.randint(0, 65536, (h, w)).astype("<u2")
    show("16 plain", bmp(w, h, 16, rows(px, 16, w)))
    for masks in ((0xF800, 0x7E0, 0x1F), (0x7C00, 0x3E0, 0x1F), (0xF00, 0xF0, 0xF)):
        show("16 masks %x" % masks[0], bmp(w, h, 16, rows(px, 16, w), comp=3, masks=masks))
    px32 = rs.randint(0, 256, (h, w * 4)).astype(np.uint8)
    show("32 plain", bmp(w, h, 32, rows(px32, 8, w * 4)))
    show("32 swapped masks", bmp(w, h, 32, rows(px32, 8, w * 4), comp=3, masks=(0xFF, 0xFF00, 0xFF0000)))
    for bits in (1, 4, 8):
        palette = [tuple(rs.randint(0, 256, 3)) for _ in range(3)]
        index = rs.randint(0, 1 << bits, (h, w))
        show("%d-bit past palette" % bits, bmp(w, h, bits, rows(index, bits, w), palette))
        show("%d-bit top-down" % bits, bmp(w, h, bits, rows(index, bits, w), palette, topdown=True))
palette = [(i * 15, 255 - i * 9, (i * 37) % 256) for i in range(16)]
streams8 = {"runs": b"\x03\x01\x02\x05\x00\x00\x06\x02\x00\x00\x00\x05\x01\x02\x03\x04\x05\x00\x00\x01",
            "delta": b"\x02\x07\x00\x02\x02\x01\x02\x03\x00\x01", "wrap eol": b"\x06\x04\x00\x00\x02\x09\x00\x01",
            "early end": b"\x02\x0b\x00\x01", "no end": b"\x06\x03\x06\x04", "overrun": b"\x07\x03\x00\x01",
            "abs odd": b"\x00\x03\x0a\x0b\x0c\x00\x03\x01\x00\x00\x00\x01"}
for name, stream in streams8.items():
    show("rle8 " + name, bmp(6, 3, 8, stream, palette, comp=1))
streams4 = {"full": b"\x06\x12\x00\x00" * 3, "early end": b"\x03\x12\x00\x01",
            "last row end": b"\x06\x12\x00\x00" * 2 + b"\x02\x34\x00\x01",
            "delta": b"\x06\x12\x00\x00\x00\x02\x02\x05\x04\x56\x00\x00\x06\x78\x00\x00",
            "abs": b"\x00\x05\x12\x34\x50\x00\x00\x00\x06\xab\x00\x00\x06\xcd\x00\x00", "overrun": b"\x07\x12\x00\x01"}
for name, stream in streams4.items():
    show("rle4 " + name, bmp(6, 3, 4, stream, palette, comp=2))
