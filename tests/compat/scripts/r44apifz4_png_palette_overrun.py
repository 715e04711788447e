"""imdecode of a palette PNG whose pixels name entries past its PLTE (or past 2**depth) reads them as black, as libpng does."""
import struct
import zlib
import numpy as np
import mxnet as mx


def chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xffffffff)


def palette_png(index, depth, palette, trns=None):
    h, w = index.shape
    rows = []
    for y in range(h):
        bits = np.unpackbits(index[y].astype(np.uint8).reshape(-1, 1), axis=1)[:, 8 - depth:].ravel()
        rows.append(b"\x00" + np.packbits(bits).tobytes())
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, 3, 0, 0, 0))
    data += chunk(b"PLTE", bytes(palette))
    if trns is not None:
        data += chunk(b"tRNS", trns)
    return data + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b"")


palette = list(range(10, 28))
cases = [
    ("8-bit, index 5 of 3 entries", palette_png(np.array([[0, 1], [5, 0]]), 8, palette[:9])),
    ("8-bit, index 255, tRNS", palette_png(np.array([[0, 255], [3, 2]]), 8, palette[:9], bytes([9, 9]))),
    ("4-bit, index 15 of 2 entries", palette_png(np.array([[0, 15], [3, 1]]), 4, palette[:6])),
    ("2-bit, one entry", palette_png(np.array([[0, 3], [2, 1]]), 2, palette[:3])),
    ("1-bit, six entries kept to two", palette_png(np.array([[0, 1], [1, 0]]), 1, palette, bytes([0, 128, 255]))),
]
rng = np.random.RandomState(0)
for n in (3, 13):
    cases.append((f"random indices over {n} entries", palette_png(rng.randint(0, 256, size=(3, 5)), 8,
                                                                   list(rng.randint(0, 256, size=3 * n)))))
for label, data in cases:
    for flag in (1, 0):
        img = mx.image.imdecode(data, flag=flag).asnumpy()
        print(label, "flag", flag, img.shape, img.ravel().tolist())
