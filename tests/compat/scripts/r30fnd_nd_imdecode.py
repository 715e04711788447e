"""nd.imdecode (deprecated) fails as MXNet's: the rectangle's corners and the buffer's length read first, then the unknown mean shape, or OpenCV's failure when a mean is given."""
# recorded on AVX2
import struct
import zlib
import numpy as np
import mxnet as mx
from mxnet import nd


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)


rows = b"".join(b"\x00" + bytes(range(r * 6, r * 6 + 6)) for r in range(2))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
print("mx.image.imdecode", mx.image.imdecode(png).asnumpy().ravel().tolist())
x = nd.ones((2, 3))
calls = [
    ("png", lambda: nd.imdecode(png)),
    ("png, mean (2, 2, 3)", lambda: nd.imdecode(png, mean=nd.zeros((2, 2, 3)))),
    ("png, mean (3, 2, 2)", lambda: nd.imdecode(png, mean=nd.zeros((3, 2, 2)))),
    ("png, out", lambda: nd.imdecode(png, out=nd.zeros((3, 2, 2)))),
    ("png, clip_rect of 2", lambda: nd.imdecode(png, clip_rect=(0, 0))),
    ("int", lambda: nd.imdecode(5)),
    ("int, clip_rect of 1", lambda: nd.imdecode(5, clip_rect=(0,))),
    ("NDArray", lambda: nd.imdecode(x)),
    ("NDArray, NDArray rect", lambda: nd.imdecode(x, x)),
]
for label, call in calls:
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
