"""imdecode reads a PNG's image data from its first run of IDAT chunks only: data split by another chunk fails to decode, later IDATs are ignored."""
import struct
import zlib
import numpy as np
import mxnet as mx


def chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xffffffff)


pixels = (np.arange(4 * 5 * 3).reshape(4, 5, 3) * 3 % 256).astype(np.uint8)
stream = zlib.compress(b"".join(b"\x00" + row.tobytes() for row in pixels))
head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 5, 4, 8, 2, 0, 0, 0))
text, end = chunk(b"tEXt", b"a\x00b"), chunk(b"IEND", b"")
cases = [
    ("whole, tEXt, junk IDAT", head + chunk(b"IDAT", stream) + text + chunk(b"IDAT", b"junk") + end),
    ("whole, tEXt, empty IDAT", head + chunk(b"IDAT", stream) + text + chunk(b"IDAT", b"") + end),
    ("whole, junk IDAT", head + chunk(b"IDAT", stream) + chunk(b"IDAT", b"junk") + end),
    ("two IDATs", head + chunk(b"IDAT", stream[:5]) + chunk(b"IDAT", stream[5:]) + end),
    ("part, tEXt, rest", head + chunk(b"IDAT", stream[:5]) + text + chunk(b"IDAT", stream[5:]) + end),
    ("all but the checksum, tEXt, checksum", head + chunk(b"IDAT", stream[:-4]) + text + chunk(b"IDAT", stream[-4:]) + end),
    ("part, private chunk, rest", head + chunk(b"IDAT", stream[:5]) + chunk(b"abCD", b"") + chunk(b"IDAT", stream[5:]) + end),
]
for label, data in cases:
    for flag in (1, 0):
        try:
            img = mx.image.imdecode(data, flag=flag).asnumpy()
            print(label, "flag", flag, img.shape, img.ravel()[:9].tolist(), int(img.astype(np.int64).sum()))
        except mx.base.MXNetError as e:
            print(label, "flag", flag, "fails:", str(e).strip().splitlines()[-1])
