# 16-bit RGB PNGs decoded to gray (libpng rounds the 16-bit weighted sum), and imdecode/imread with an `out`
# of another shape or dtype: MXNet gives `out` the decoded array (a view's base stays untouched).
import hashlib
import os
import struct
import tempfile
import zlib

import numpy as np
import mxnet as mx


def png(pixels, color_type, depth):
    """PNG bytes of (H, W*C) samples, one filter-0 scanline a row."""
    h, w = pixels.shape[0], pixels.shape[1] // {0: 1, 2: 3, 4: 2, 6: 4}[color_type]
    raw = b"".join(b"\x00" + row.tobytes() for row in pixels)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, color_type, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


rs = np.random.RandomState(7)
for h, w in ((5, 7), (21, 33), (16, 16)):
    buf = png(rs.randint(0, 65536, (h, w * 3)).astype(">u2"), 2, 16)
    for flag in (0, 1):
        a = mx.image.imdecode(buf, flag=flag).asnumpy()
        print(h, w, flag, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16], a.ravel()[:6].tolist())
buf = png(np.array([[64889, 10819, 23364, 65535, 0, 0, 0, 65535, 0, 0, 0, 65535, 32768, 32768, 32768]], ">u2"), 2, 16)
print(mx.image.imdecode(buf, flag=0).asnumpy().ravel().tolist())
buf = png(np.array([[64889, 10819, 23364, 1000, 0, 0, 0, 300, 0, 9, 9, 9]], ">u2"), 6, 16)
print(mx.image.imdecode(buf, flag=0).asnumpy().ravel().tolist())

buf = png(rs.randint(0, 256, (5, 21)).astype(np.uint8), 2, 8)
for out in (mx.nd.zeros((2, 2, 3), dtype="uint8"), mx.nd.zeros((5, 7, 3)), mx.nd.zeros((5, 7, 1), dtype="int32")):
    res = mx.image.imdecode(buf, out=out)
    print(res is out, out.shape, np.dtype(out.dtype).name, out.asnumpy().ravel()[:5].tolist())
base = mx.nd.zeros((2, 5, 7, 3), dtype="uint8")
view = base[1]
res = mx.image.imdecode(buf, out=view)
print(res is view, int(base.asnumpy().sum()), int(view.asnumpy().astype(np.int64).sum()))
path = os.path.join(tempfile.mkdtemp(), "a.png")
with open(path, "wb") as f:
    f.write(buf)
out = mx.nd.ones((1, 1, 1), dtype="float32")
res = mx.image.imread(path, flag=0, out=out)
print(res is out, out.shape, np.dtype(out.dtype).name, out.asnumpy().ravel()[:5].tolist())
os.remove(path)
