"""mx.image.imdecode/imread on PNG bytes written by hand: shapes, channel order and flags, and MXNet's words for empty, non-image, non-uint8 and missing input."""
import os
import struct
import tempfile
import zlib

import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def png(img):
    """PNG bytes of an 8-bit H x W (gray) or H x W x 3/4 image."""
    img = img[:, :, None] if img.ndim == 2 else img
    h, w, c = img.shape
    raw = b"".join(b"\x00" + img[y].tobytes() for y in range(h))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    head = struct.pack(">IIBBBBB", w, h, 8, {1: 0, 3: 2, 4: 6}[c], 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def attempt(label, fn):
    try:
        r = fn()
        a = r.asnumpy()
        print(label, "->", a.shape, a.dtype, a[0, :2].tolist(), int(a.astype(np.int64).sum()))
    except Exception as e:
        print(label, "->", words(e))


rng = np.random.RandomState(3)
images = {"rgb": rng.randint(0, 256, (5, 6, 3)).astype(np.uint8), "gray": rng.randint(0, 256, (4, 3)).astype(np.uint8),
          "rgba": rng.randint(0, 256, (3, 4, 4)).astype(np.uint8)}
for name, img in images.items():
    data = png(img)
    for flag in [0, 1]:
        for to_rgb in [0, 1]:
            attempt(f"imdecode {name} flag={flag} to_rgb={to_rgb}", lambda: mx.image.imdecode(data, flag=flag, to_rgb=to_rgb))
    attempt(f"imdecode {name} bytearray", lambda: mx.image.imdecode(bytearray(data)))
    attempt(f"imdecode {name} numpy", lambda: mx.image.imdecode(np.frombuffer(data, np.uint8)))
    attempt(f"imdecode {name} NDArray", lambda: mx.image.imdecode(nd.array(np.frombuffer(data, np.uint8), dtype="uint8")))
for label, buf in [("empty", b""), ("text", b"not an image"), ("short", b"ab"), ("numpy float", np.zeros(4, np.float32)),
                   ("NDArray float32", nd.array([1, 2, 3])), ("NDArray int32", nd.array([1, 2, 3], dtype="int32")),
                   ("NDArray float64", nd.array([1, 2], dtype="float64"))]:
    attempt(f"imdecode {label}", lambda: mx.image.imdecode(buf))
attempt("imdecode str", lambda: mx.image.imdecode("abc"))
root = tempfile.mkdtemp()
try:
    path = os.path.join(root, "a.png")
    with open(path, "wb") as f:
        f.write(png(images["rgb"]))
    attempt("imread", lambda: mx.image.imread(path))
    attempt("imread gray", lambda: mx.image.imread(path, flag=0))
    try:
        mx.image.imread(os.path.join(root, "missing.png"))
    except Exception as e:
        print("imread missing ->", words(e).replace(root, "<tmp>"))
finally:
    os.remove(path)
    os.rmdir(root)

import shutil
from mxnet import recordio
from mxnet.gluon.data.vision import ImageFolderDataset, ImageRecordDataset

root = tempfile.mkdtemp()
try:
    os.mkdir(os.path.join(root, "cls"))
    for name, data in [("a.png", png(images["rgb"])), ("b.png", b"garbage"), ("c.jpg", b"")]:
        with open(os.path.join(root, "cls", name), "wb") as f:
            f.write(data)
    folder = ImageFolderDataset(root)
    print("folder", folder.synsets, [os.path.basename(p) for p, _ in folder.items])
    for i in range(3):
        attempt(f"folder item {i}", lambda: folder[i][0])
    for name in ["b.png", "c.jpg"]:
        attempt(f"imread {name}", lambda: mx.image.imread(os.path.join(root, "cls", name)))
    rec = os.path.join(root, "r.rec")
    writer = recordio.MXIndexedRecordIO(os.path.join(root, "r.idx"), rec, "w")
    for i, payload in enumerate([png(images["gray"]), b"garbage", b""]):
        writer.write_idx(i, recordio.pack(recordio.IRHeader(0, float(i), i, 0), payload))
    writer.close()
    records = ImageRecordDataset(rec)
    for i in range(3):
        attempt(f"record {i}", lambda: records[i][0])
    print("record label", records[0][1])
finally:
    shutil.rmtree(root)

# a PNG whose header reads but whose pixels are cut off: the shape is known at once, the failure comes on reading
whole = png(images["rgb"])
for label, data in [("cut in IDAT", whole[:-20]), ("IEND missing", whole[:-12])]:
    try:
        pixels = mx.image.imdecode(data)
        print(label, "call ->", pixels.shape)
        attempt(label + " read", lambda: pixels)
    except Exception as e:
        print(label, "call ->", words(e))
