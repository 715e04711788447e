"""imdecode of PNGs of every colour type and depth written here with zlib, under each flag and channel order;
a damaged file fails as a decoding failure whatever the flag, and imread of a directory fails as MXNet's does."""
import os
import re
import struct
import tempfile
import zlib
import numpy as np
import mxnet as mx
from _words import words


def chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xffffffff)


def png(arr, ctype, depth=8, palette=None, trns=None):
    h, w = arr.shape[:2]
    raw = arr.astype(">u2") if depth == 16 else arr.astype(np.uint8)
    rows = []
    for y in range(h):
        if depth < 8:
            bits = np.unpackbits(raw[y].reshape(-1, 1), axis=1)[:, 8 - depth:].ravel()
            rows.append(b"\x00" + np.packbits(bits).tobytes())
        else:
            rows.append(b"\x00" + raw[y].tobytes())
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, ctype, 0, 0, 0))
    if palette is not None:
        data += chunk(b"PLTE", bytes(np.asarray(palette, np.uint8).ravel()))
    if trns is not None:
        data += chunk(b"tRNS", trns)
    return data + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b"")


def show(label, fn):
    try:
        a = fn().asnumpy()
        print(label, "->", a.shape, a.ravel()[:9].tolist(), int(a.astype(np.int64).sum()))
    except Exception as e:
        print(label, "->", re.sub(r"0x[0-9a-f]+", "ADDR", words(e)))


rs = np.random.RandomState(5)
images = {
    "gray8": png(rs.randint(0, 256, (3, 4)), 0), "gray16": png(rs.randint(0, 65536, (3, 4)), 0, 16),
    "gray4": png(rs.randint(0, 16, (3, 5)), 0, 4), "gray1": png(rs.randint(0, 2, (2, 9)), 0, 1),
    "rgb8": png(rs.randint(0, 256, (3, 4, 3)), 2), "rgb16": png(rs.randint(0, 65536, (2, 3, 3)), 2, 16),
    "rgba8": png(rs.randint(0, 256, (3, 3, 4)), 6), "gray+alpha": png(rs.randint(0, 256, (3, 3, 2)), 4),
    "palette": png(rs.randint(0, 4, (3, 4)), 3, 8, palette=rs.randint(0, 256, (4, 3))),
    "palette 2-bit, tRNS": png(rs.randint(0, 4, (3, 5)), 3, 2, palette=rs.randint(0, 256, (4, 3)), trns=bytes([0, 9])),
    "rgb tRNS": png(rs.randint(0, 256, (2, 3, 3)), 2, trns=struct.pack(">HHH", 1, 2, 3)),
}
images["truncated"] = images["rgb8"][:-25]
for name, buf in images.items():
    for flag, to_rgb in [(1, True), (1, False), (0, True), (2, True), (4, True), (5, False)]:
        show(f"{name} flag={flag} to_rgb={to_rgb}", lambda: mx.image.imdecode(buf, flag=flag, to_rgb=to_rgb))
folder = tempfile.mkdtemp()
show("imread a directory", lambda: mx.image.imread(folder))
path = os.path.join(folder, "a.png")
with open(path, "wb") as f:
    f.write(images["rgba8"])
show("imread rgba flag 0", lambda: mx.image.imread(path, flag=0))
show("imread rgba to_rgb 0", lambda: mx.image.imread(path, to_rgb=0))
