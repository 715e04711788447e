# JPEGs carrying an EXIF orientation: MXNet's imdecode/imread return them upright (flips and transposes of
# orientations 2-8), reading the first APP1 segment; a JFIF APP0 ahead of it leaves the pixels as stored, and
# flag 128 (IMREAD_IGNORE_ORIENTATION) keeps them too.
import hashlib
import os
import struct
import tempfile

import mxnet as mx

DATA = os.path.join("..", "..", "image", "data")
with open(os.path.join(DATA, "c420.jpg"), "rb") as f:
    original = f.read()
pos = 2
while original[pos + 1] in (0xE0, 0xFE):                # drop the fixture's own JFIF / comment segments
    pos += 2 + struct.unpack(">H", original[pos + 2:pos + 4])[0]
body = original[pos:]


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def exif(orientation, order="II", kind=3, tags=(), first_ifd=8, header=b"Exif\0\0"):
    o = "<" if order == "II" else ">"
    entries = list(tags) + [(0x112, kind, orientation)]
    ifd = struct.pack(o + "H", len(entries))
    for tag, typ, value in entries:
        ifd += struct.pack(o + "HHI", tag, typ, 1) + (struct.pack(o + "HH", value, 0) if typ == 3
                                                       else struct.pack(o + "I", value))
    tiff = order.encode() + struct.pack(o + "HI", 42, first_ifd) + b"\0" * (first_ifd - 8) + ifd + b"\0" * 4
    return segment(0xE1, header + tiff)


def show(name, buf, flag=1):
    try:
        a = mx.image.imdecode(buf, flag=flag).asnumpy()
        print(name, flag, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16], a[0, :2].tolist())
    except mx.base.MXNetError:
        print(name, flag, "MXNetError")


jfif = segment(0xE0, b"JFIF\0\1\1\0\0\1\0\1\0\0")
for orientation in range(10):
    show("orientation %d" % orientation, b"\xff\xd8" + exif(orientation) + body)
show("gray 6", b"\xff\xd8" + exif(6) + body, 0)
show("ignore flag 6", b"\xff\xd8" + exif(6) + body, 129)
show("big-endian 8", b"\xff\xd8" + exif(8, "MM") + body)
show("long value II 6", b"\xff\xd8" + exif(6, kind=4) + body)
show("long value MM 6", b"\xff\xd8" + exif(6, "MM", kind=4) + body)
show("third tag 5", b"\xff\xd8" + exif(5, tags=[(0x100, 3, 1), (0x101, 3, 2)]) + body)
show("ifd at 16", b"\xff\xd8" + exif(6, first_ifd=16) + body)
show("other header 7", b"\xff\xd8" + exif(7, header=b"Exix\0\0") + body)
show("jfif first", b"\xff\xd8" + jfif + exif(6) + body)
show("jfif after", b"\xff\xd8" + exif(6) + jfif + body)
show("other app0 first", b"\xff\xd8" + segment(0xE0, b"ABCD\0" + b"\0" * 9) + exif(6) + body)
show("comment first", b"\xff\xd8" + segment(0xFE, b"hello") + exif(3) + body)
show("two exif", b"\xff\xd8" + exif(2) + exif(6) + body)
path = os.path.join(tempfile.mkdtemp(), "turned.jpg")
with open(path, "wb") as f:
    f.write(b"\xff\xd8" + exif(6) + body)
print("imread", mx.image.imread(path).shape)
os.remove(path)
