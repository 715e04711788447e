# JPEGs with odd or damaged entropy-coded data, decoded as MXNet's libjpeg-turbo does: runs past coefficient 63,
# codes no table holds, DC sums past 16 bits, dequantised values past 16 bits (SIMD IDCT), data ending early (the
# rest of the interval gray), restart markers missing, repeated or out of order, fill bytes, markers in the data;
# then fixture JPEGs (baseline and progressive) with bits flipped, bytes dropped or inserted.
import base64
import hashlib
import os
import struct

import numpy as np
import mxnet as mx

DHT = base64.b64decode(
    "/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKB"
    "kaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJ"
    "ipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6"
)
CASES = [
    ("A_overflow", 16, 8, 4, 0, ""
     "tf5/z/n/APej1//Z"),
    ("A_overflow2", 16, 8, 4, 0, ""
     "tf5/z/n/AO33I9f/2Q=="),
    ("B_bad_ac", 16, 8, 4, 0, ""
     "lk//APPr/9k="),
    ("B_bad_dc", 24, 8, 4, 0, ""
     "/wD/AP8Avnp9f//Z"),
    ("C_dcwrap", 192, 8, 1, 0, ""
     "/wB/+v8Af/r/AH/6/wB/+v8Af/r/AH/6/wB/+v8Af/r/AH/6/wB/+v8Af/r/AH/6/wB/+v8Af/r/AH/6/wB/+v8A"
     "f/r/AH/6/wB/+v8Af/r/AH/6/wB/+v8Af/r/AH/6/9k="),
    ("C_dcneg", 192, 8, 1, 0, ""
     "/wAACv8AAAr/AAAK/wAACv8AAAr/AAAK/wAACv8AAAr/AAAK/wAACv8AAAr/AAAK/wAACv8AAAr/AAAK/wAACv8A"
     "AAr/AAAK/wAACv8AAAr/AAAK/wAACv8AAAr/AAAK/9k="),
    ("D_dc_q16", 48, 8, 16, 0, ""
     "/vor++iv8C+v30r/AH0K8br/2Q=="),
    ("D_dc_q255", 48, 8, 255, 0, ""
     "/vor++iv8C+v30r/AH0K8br/2Q=="),
    ("D_ac_q33", 16, 8, 33, 0, ""
     "P+D/AP8A+OACj/pa8/4Jp1//2Q=="),
    ("D_ac_q255", 16, 8, 255, 0, ""
     "P+D/AP8A+OACj/pa8/4Jp1//2Q=="),
    ("E_eoi_7", 64, 16, 3, 0, ""
     "yziqTbahff/Z"),
    ("E_com_12", 64, 16, 3, 0, ""
     "yziqTbahfZSyeXVi//4AA3hfKq/N5Na0/kVu3H2eukufs1dXdfZa7K7+yV3N59jr0C9+xV6PffYa9Ov/ALBXquof"
     "2fX/2Q=="),
    ("E_eoi_20", 64, 16, 3, 0, ""
     "yziqTbahfZSyeXViXyqvzeTWtP7/2Q=="),
    ("F_ok", 64, 8, 3, 2, ""
     "rNUb1//QWSppa//RtzVoT1//0tW4raua/9k="),
    ("F_drop1", 64, 8, 3, 2, ""
     "rNUb1//QWSppa7c1aE9f/9LVuK2rmv/Z"),
    ("F_skip", 64, 8, 3, 2, ""
     "rNUb1//QWSppa//StzVoT1//09W4raua/9k="),
    ("F_back", 64, 8, 3, 2, ""
     "rNUb1//QWSppa//RtzVoT1//0NW4raua/9k="),
    ("F_far", 64, 8, 3, 2, ""
     "rNUb1//QWSppa//VtzVoT1//0tW4raua/9k="),
    ("F_junk", 64, 8, 3, 2, ""
     "rNUb1//QWSppaxI0/9G3NWhPX//S1bitq5r/2Q=="),
    ("F_prev", 64, 8, 3, 2, ""
     "rNUb1//QWSppa//XtzVoT1//0tW4raua/9k="),
    ("G_fill", 16, 8, 3, 0, ""
     "9klrjZa/////2Q=="),
    ("G_ff00", 16, 8, 3, 0, ""
     "9v//AElrjZa//9k="),
]


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def gray_jpeg(width, height, quant, restart, rest):
    """A one-component baseline JPEG: flat quantisation table, the standard luma Huffman tables, the scan bytes."""
    head = b"\xff\xd8" + segment(0xDB, bytes([0] + [quant] * 64))
    head += segment(0xC0, struct.pack(">BHHB", 8, height, width, 1) + bytes([1, 0x11, 0])) + DHT
    if restart:
        head += segment(0xDD, struct.pack(">H", restart))
    return head + segment(0xDA, bytes([1, 1, 0x00, 0, 63, 0])) + rest


def show(name, buf):
    for flag in (1, 0):
        try:
            a = mx.image.imdecode(buf, flag=flag).asnumpy()
            print(name, flag, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16], a[0, :6, 0].tolist(),
                  a[-1, -4:, 0].tolist())
        except mx.base.MXNetError:
            print(name, flag, "MXNetError")


for name, width, height, quant, restart, rest in CASES:
    show(name, gray_jpeg(width, height, quant, restart, base64.b64decode(rest)))

DATA = os.path.join("..", "..", "image", "data")
rs = np.random.RandomState(4)
for fixture in ("c420.jpg", "c444.jpg", "gray.jpg", "restart.jpg", "s411.jpg", "prog.jpg", "prog444.jpg",
                "proggray.jpg", "progrst.jpg"):
    with open(os.path.join(DATA, fixture), "rb") as f:
        original = f.read()
    sos = original.index(b"\xff\xda")
    start = sos + 2 + struct.unpack(">H", original[sos + 2:sos + 4])[0]
    for trial in range(4):
        data = bytearray(original)
        at = int(rs.randint(start, len(data) - 2))
        if trial == 0:
            data[at] ^= 1 << int(rs.randint(0, 8))
        elif trial == 1:
            data[at] = int(rs.randint(0, 256))
        elif trial == 2:
            del data[at:at + int(rs.randint(1, 4))]
        else:
            data[at:at] = bytes(rs.randint(0, 256, int(rs.randint(1, 4))).astype(np.uint8))
        show("%s trial %d at %d" % (fixture, trial, at), bytes(data))
