# Colour PNGs read as gray (flag=0): libpng linearises through gamma tables when gAMA or sRGB declares a
# significant gamma (invalid or repeated chunks stop later ones counting; sBIT sets the 16-bit table precision).
import hashlib
import struct
import zlib

import numpy as np
import mxnet as mx


def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff)


def png(pixels, color_type, depth, before=(), palette=None):
    """PNG bytes of (H, W*C) samples; `before` chunks go ahead of PLTE/IDAT."""
    h, w = pixels.shape[0], pixels.shape[1] // {2: 3, 3: 1, 6: 4}[color_type]
    raw = b"".join(b"\x00" + row.tobytes() for row in pixels)
    body = b"".join(chunk(kind, data) for kind, data in before)
    if palette is not None:
        body += chunk(b"PLTE", palette.tobytes())
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, color_type, 0, 0, 0))
            + body + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def gama(value):
    return (b"gAMA", struct.pack(">I", value))


def show(name, buf):
    a = mx.image.imdecode(buf, flag=0).asnumpy()
    print(name, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16], a.ravel()[:8].tolist())


rs = np.random.RandomState(11)
rgb8 = rs.randint(0, 256, (9, 30)).astype(np.uint8)
rgb8[0, :15] = np.repeat(rs.randint(0, 256, 5), 3)                 # gray pixels keep their value
rgb16 = rs.randint(0, 65536, (9, 30)).astype(">u2")
rgb16[0, :30] = np.repeat(rs.randint(0, 65536, 10), 3)
rgba16 = rs.randint(0, 65536, (6, 28)).astype(">u2")
srgb = (b"sRGB", b"\x00")
headers = {"none": (), "g45455": (gama(45455),), "g22727": (gama(22727),), "g100000": (gama(100000),),
           "g96000": (gama(96000),), "g94000": (gama(94000),), "g200000": (gama(200000),), "srgb": (srgb,),
           "g50000_srgb": (gama(50000), srgb), "srgb_g44000": (srgb, gama(44000)), "srgb_g30000": (srgb, gama(30000)),
           "badintent_srgb": ((b"sRGB", b"\x04"), srgb), "g200000_dup": (gama(200000), gama(30000)),
           "g15_srgb": (gama(15), srgb), "srgb_intents": ((b"sRGB", b"\x02"), srgb), "g16": (gama(16),)}
for name, before in headers.items():
    show("rgb8 " + name, png(rgb8, 2, 8, before))
    show("rgb16 " + name, png(rgb16, 2, 16, before))
    show("rgba16 " + name, png(rgba16, 6, 16, before))
palette = rs.randint(0, 256, (16, 3)).astype(np.uint8)
index = rs.randint(0, 16, (7, 9)).astype(np.uint8)
show("palette none", png(index, 3, 8, (), palette))
show("palette g45455", png(index, 3, 8, (gama(45455),), palette))
late = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 9, 7, 8, 3, 0, 0, 0))
        + chunk(b"PLTE", palette.tobytes()) + chunk(*gama(45455))
        + chunk(b"IDAT", zlib.compress(b"".join(b"\x00" + r.tobytes() for r in index))) + chunk(b"IEND", b""))
show("palette gAMA after PLTE", late)
for bits in (b"\x0c\x0c\x0c", b"\x08\x0a\x09", b"\x03\x03\x03", b"\x10\x10\x10", b"\x11\x02\x02", b"\x0c\x0c"):
    show("rgb16 sBIT %s g45455" % bits.hex(), png(rgb16, 2, 16, (gama(45455), (b"sBIT", bits))))
    show("rgb16 sBIT %s g22727" % bits.hex(), png(rgb16, 2, 16, ((b"sBIT", bits), gama(22727))))
show("rgba16 sBIT 0a0a0a08 srgb", png(rgba16, 6, 16, (srgb, (b"sBIT", b"\x0a\x0a\x0a\x08"))))
for name, before in (("g45455", (gama(45455),)), ("none", ())):
    print(name, "colour", mx.image.imdecode(png(rgb16, 2, 16, before)).asnumpy().ravel()[:6].tolist())
