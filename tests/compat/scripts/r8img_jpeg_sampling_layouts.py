# Colour JPEGs in several sampling layouts (4:4:0, narrow 4:2:0 and 4:2:2, 4:1:1-like, fractional, restarts), built
# from fixed Huffman/quantisation tables and scan bytes: libjpeg-turbo's upsampling choices, and the refusal of
# scans interleaving more than 10 blocks a unit.
import base64
import hashlib
import struct

import numpy as np
import mxnet as mx

TABLES = base64.b64decode(
    "/9sAQwAQCwwODAoQDg0OEhEQExgoGhgWFhgxIyUdKDozPTw5Mzg3QEhcTkBEV0U3OFBtUVdfYmdoZz5NcXlwZHhcZWdj/9sAQwER"
    "EhIYFRgvGhovY0I4QmNjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj/8QAHwAAAQUBAQEB"
    "AQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
    "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKj"
    "pKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAA"
    "AAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl"
    "8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmq"
    "srO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6"
)
SCANS = [
    ((((1, 2), (1, 1), (1, 1)), 5, 11, 0), ""
     "u2IVzLJN5pYtjYobKEcEHHU8df8AIktoE+3XIXeg2qSI3ZMnc4ycEZ6CvOxGK+qKKhd3/rp/XmyFH6wuZbK61bvpr0"
     "a7931+fw=="),
    ((((1, 2), (1, 1), (1, 1)), 2, 20, 2), ""
     "sQwXMkKOL2UhlBGx9o/AbeB7U63sVkt4nO0FkBwYj6e1cNSjR53fe/Xkv89Tkq4uUaklzvd/Yv8AjfX1JFtkkUOzPl"
     "hk/Oamh/1Kf7oqauk5ep4j11Z/"),
    ((((2, 2), (1, 1), (1, 1)), 3, 18, 0), ""
     "sxPceWP9GVs8krHuGT77h+Xbpz1p3mXH/Pp/5B/+zqoyI7FjdSKSclUVwFPcccZHf1OaTyo/+fyf8pKFOUVZSWnn/w"
     "DanM6WKTtaa8knZenl2IpJZC5JkYn603zH/vt+dI/3zTanDfwYei/I8qv/ABZerA=="),
    ((((2, 2), (1, 1), (1, 1)), 4, 9, 1), ""
     "VFtVBWVgrqcFfO2Y/ADn69z6jBLsWP8AfH/gUf8ACrXhv/kCw/j/ADrUrXkUdP0X+R51SrOM3GL0Rw=="),
    ((((2, 2), (1, 1), (1, 1)), 1, 17, 0), ""
     "X9z/AM+Lf+BYo/c/8+Lf+BYqz9vH/PnqX/f9f8aPt4/589S/7/r/AI0c2I/nX3P/ACPP5H3l90jVooortPHP"),
    ((((2, 1), (1, 1), (1, 1)), 4, 10, 0), ""
     "ltrdLmMuJ2xuOP3IJxnPPTB59/XPNS/2en/Pw/8A4Dr/AI151WlGU5Nd/wCV/wCZ0QxEIRUPZN20uo6PzWuzHPDECA"
     "IkAx/dFN8mL/nmn/fIr0Iybim2a4WcnQg2+i/I"),
    ((((2, 1), (1, 1), (1, 1)), 3, 3, 0), ""
     "mDvlsSSKNzcK5UdT2FLuk/57T/8Af1v8ainhKEoKTgrtFzqyUmv0Rw=="),
    ((((2, 2), (1, 1), (1, 1)), 9, 6, 0), ""
     "itrcXYEsSkEorBy5V8Fyo6DruU8+h98CXzx/z1u/+/xp2h/8eif9cI//AEokqrXXSpwcdUn/AF/X4dj0MLThV5pTSb"
     "0/Iw=="),
    ((((2, 1), (1, 1), (1, 1)), 7, 5, 0), ""
     "ktkkF09uXR2Zt2+RSwI+bgjPPTrn65q99il/6cf/AAE/+yrWhJVE23Ja9Hbt5f15vV3hnU5LRk16WX5JHw=="),
    ((((3, 3), (1, 1), (1, 1)), 8, 8, 0), ""
     "cJlkYSfZyGj3MuYzggE7SHI465/njij+2Jf+eT/9/wBf8aP7Yl/55P8A9/1/xqy3/IPb/rgf5Vz9FdA3/IPb/rgf5V"
     "z9FZSnKL5U2c2InOnUcISaSt1fYw=="),
    ((((4, 4), (1, 1), (1, 1)), 8, 8, 0), ""
     "Qr58hOGb955YVWHQHAJGMkfnjByDzVr+zH9vyT/43R/Zj+35J/8AG6P7Mf2/JP8A43UFj/x/J/11b+clb1FFYNj/AM"
     "fyf9dW/nJW9RRWDY/8fyf9dW/nJW9RRXXQnJ0otvoj0qFOHso6dEc="),
    ((((4, 2), (1, 1), (1, 1)), 8, 8, 0), ""
     "WSyu3tkjKt8rnfg8MzEqTg/w9OcZGOMdai/4R25/ux/99n/Gj/hHbn+7H/32f8aP+Eduf7sf/fZ/xroV6v8AX/2oam"
     "oorxcRi5RrTiox0b6Luawoy5Vacl93+R8="),
    ((((3, 1), (2, 1), (1, 1)), 7, 4, 0), ""
     "js5TO0LMiBcmIR4yoAGc4PetHy4v+eMX/ftf8KPLi/54xf8Aftf8KVVOVRq7XpbXff7iPZP+d/18jxsZXdKs4xWmnf"
     "qk+58="),
    ((((2, 2), (1, 2), (2, 1)), 6, 7, 0), ""
     "T7TbQ3AL7/ubSemcHA9T/Ce+O9Sf2lZesn/fbf4VlXv+tH/Av/Q2qvTp1Kc4qUnq/P8A+1OHD/w0dFGjGdSVKp70Vt"
     "fU6vqOG/kX3H8="),
]


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg(samplings, width, height, restart, scan):
    """SOI, JFIF, the tables, a baseline frame (Y, Cb, Cr with the given sampling factors), DRI and one scan."""
    sof = struct.pack(">BHHB", 8, height, width, 3)
    for k, (h_samp, v_samp) in enumerate(samplings):
        sof += bytes([k + 1, h_samp << 4 | v_samp, min(k, 1)])
    dri = segment(0xDD, struct.pack(">H", restart)) if restart else b""
    sos = segment(0xDA, bytes([3, 1, 0x00, 2, 0x11, 3, 0x11, 0, 63, 0]))
    head = b"\xff\xd8" + segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0")
    return head + TABLES[:138] + segment(0xC0, sof) + TABLES[138:] + dri + sos + base64.b64decode(scan) + b"\xff\xd9"


for (samplings, width, height, restart), scan in SCANS:
    buf = jpeg(samplings, width, height, restart, scan)
    for flag, to_rgb in ((1, True), (1, False), (0, True)):
        try:
            a = mx.image.imdecode(buf, flag=flag, to_rgb=to_rgb).asnumpy()
            print(samplings, width, height, flag, to_rgb, a.shape, hashlib.md5(a.tobytes()).hexdigest()[:16],
                  a[:, 0, 0].tolist()[:8])
        except mx.base.MXNetError:
            print(samplings, width, height, flag, to_rgb, "MXNetError")
