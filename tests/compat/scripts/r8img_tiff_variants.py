# TIFFs built byte by byte, decoded as MXNet's OpenCV reads them through libtiff's RGBA reader: 16-bit colour
# rounds (v + 128) / 257 while 16-bit gray keeps the high byte, planar (separate) samples, 2- and 4-bit gray,
# big-endian files, PackBits strips, unassociated alpha multiplied in; Deflate is not in MXNet's libtiff.
import hashlib
import struct
import zlib

import numpy as np
import mxnet as mx


def tiff(w, h, spp, bps, photometric, strips, rows_per_strip, compression=1, planar=1, order="<", extra=()):
    """TIFF bytes: the strips, then one directory (tags in order, long values after it)."""
    body, offsets = b"", []
    for strip in strips:
        offsets.append(8 + len(body))
        body += strip + b"\0" * (len(strip) % 2)
    tags = [(256, 3, [w]), (257, 3, [h]), (258, 3, [bps] * spp), (259, 3, [compression]), (262, 3, [photometric]),
            (273, 4, offsets), (277, 3, [spp]), (278, 3, [rows_per_strip]), (279, 4, [len(s) for s in strips]),
            (284, 3, [planar])] + list(extra)
    directory = 8 + len(body)
    spill, spill_at, records = b"", directory + 2 + 12 * len(tags) + 4, b""
    for tag, kind, values in tags:
        raw = struct.pack(order + {3: "H", 4: "I"}[kind] * len(values), *values)
        if len(raw) <= 4:
            records += struct.pack(order + "HHI", tag, kind, len(values)) + raw.ljust(4, b"\0")
        else:
            records += struct.pack(order + "HHII", tag, kind, len(values), spill_at + len(spill))
            spill += raw
    head = (b"II*\0" if order == "<" else b"MM\0*") + struct.pack(order + "I", directory)
    return head + body + struct.pack(order + "H", len(tags)) + records + struct.pack(order + "I", 0) + spill


def packbits(raw):
    return b"".join(bytes([len(raw[i:i + 128]) - 1]) + raw[i:i + 128] for i in range(0, len(raw), 128))


def show(name, buf):
    for flag in (1, 0):
        try:
            a = mx.image.imdecode(buf, flag=flag).asnumpy()
            print(name, flag, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16], a[0, :3].ravel().tolist())
        except mx.base.MXNetError:
            print(name, flag, "MXNetError")


rs = np.random.RandomState(3)
w, h = 7, 5
for spp, photometric in ((1, 1), (1, 0), (3, 2), (4, 2)):
    for order in ("<", ">"):
        px = rs.randint(0, 65536, (h, w, spp)).astype(order + "u2")
        show("16-bit spp %d photometric %d %s" % (spp, photometric, order), tiff(w, h, spp, 16, photometric,
                                                                             [px.tobytes()], h, order=order))
    px = rs.randint(0, 65536, (h, w, spp)).astype("<u2")
    show("16-bit packbits spp %d" % spp, tiff(w, h, spp, 16, photometric, [packbits(px[:3].tobytes()),
                                                                        packbits(px[3:].tobytes())], 3, 32773))
    show("16-bit deflate spp %d" % spp, tiff(w, h, spp, 16, photometric, [zlib.compress(px.tobytes())], h, 8))
    for bps in (8, 16):
        px = rs.randint(0, 1 << bps, (h, w, spp)).astype("<u2" if bps == 16 else np.uint8)
        planes = [px[..., c].tobytes() for c in range(spp)]
        show("planar %d-bit spp %d" % (bps, spp), tiff(w, h, spp, bps, photometric, planes, h, planar=2))
for bps in (2, 4):
    values = rs.randint(0, 1 << bps, (h, w))
    rows = b""
    for row in values:
        text = "".join(format(int(v), "0%db" % bps) for v in row)
        rows += bytes(int(text[i:i + 8].ljust(8, "0"), 2) for i in range(0, len(text), 8))
    for photometric in (0, 1):
        show("%d-bit gray photometric %d" % (bps, photometric), tiff(w, h, 1, bps, photometric, [rows], h))
for kind in (0, 1, 2):
    for bps in (8, 16):
        px = rs.randint(0, 1 << bps, (h, w, 4)).astype("<u2" if bps == 16 else np.uint8)
        show("extra sample %d %d-bit" % (kind, bps), tiff(w, h, 4, bps, 2, [px.tobytes()], h, extra=[(338, 3, [kind])]))
