# mx.image.imread takes the file name as MXNet's operator parameter, i.e. as str() of what it is given:
# a pathlib.Path works, bytes / a list / a number name no file (MXNetError). ImageFolderDataset indexed
# with a slice hands imread a tuple and fails the same way.
import os
import pathlib
import shutil
import struct
import tempfile
import zlib

import mxnet as mx
from mxnet.gluon.data.vision import ImageFolderDataset


def png(h, w):
    raw = b"".join(b"\0" + bytes((r * 7 + c * 3 + k) % 256 for c in range(w) for k in range(3)) for r in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


root = tempfile.mkdtemp()
try:
    os.makedirs(os.path.join(root, "cls"))
    for i in range(3):
        with open(os.path.join(root, "cls", "img%d.png" % i), "wb") as f:
            f.write(png(2 + i, 3))
    path = os.path.join(root, "cls", "img0.png")
    for name, arg in [("str", path), ("Path", pathlib.Path(path)), ("bytes", path.encode()), ("list", [path]),
                      ("tuple", (path,)), ("int", 5), ("None", None)]:
        try:
            print(name, mx.image.imread(arg).shape)
        except mx.base.MXNetError:
            print(name, "MXNetError")
    d = ImageFolderDataset(root)
    print(len(d), d[2][0].shape, d[-1][1])
    try:
        d[0:2]
    except mx.base.MXNetError:
        print("slice MXNetError")
finally:
    shutil.rmtree(root)
