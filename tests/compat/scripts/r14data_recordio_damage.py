"""MXRecordIO reads records split around magic numbers and refuses damaged files (bad magic, short header, missing padding) with the record reader's words; pack/unpack header fields."""
import os
import struct
import tempfile

import numpy as np
import mxnet as mx
from mxnet import recordio
from _words import words


MAGIC = struct.pack("<I", 0xced7230a)


def head(cflag, length):
    return MAGIC + struct.pack("<I", cflag << 29 | length)


files = {
    "whole": head(0, 3) + b"abc\0" + head(0, 0),
    "bad magic": b"\0\0\0\0" + struct.pack("<I", 3) + b"abc\0",
    "short header": MAGIC + b"\3\0",
    "short body": head(0, 10) + b"abc",
    "no padding": head(0, 3) + b"abc",
    "text": b"hello world, no records here",
    "empty": b"",
    "split": head(1, 3) + b"abc\0" + head(2, 1) + b"d\0\0\0" + head(3, 2) + b"ef\0\0",
    "split then end": head(1, 3) + b"abc\0",
    "last part only": head(3, 2) + b"de\0\0",
    "record then damage": head(0, 1) + b"a\0\0\0" + b"\xff" * 8,
}
root = tempfile.mkdtemp()
try:
    for name, data in files.items():
        path = os.path.join(root, "f.rec")
        with open(path, "wb") as f:
            f.write(data)
        reader = recordio.MXRecordIO(path, "r")
        got = []
        try:
            while True:
                rec = reader.read()
                if rec is None:
                    break
                got.append(rec)
            print(name, "->", got)
        except Exception as e:
            print(name, "->", got, words(e))
        reader.close()
    for header, payload in [((0, 1.5, 7, 0), b"x"), ((0, [1, 2, 3], 7, 9), b""), ((3, 0, 2**40, 1), b"yz"),
                            ((0, np.arange(2, dtype=np.float64), 1, 1), b"w")]:
        packed = recordio.pack(recordio.IRHeader(*header), payload)
        h, rest = recordio.unpack(packed)
        print("pack", header[:1] + header[2:], len(packed), h.flag, np.asarray(h.label).tolist(), h.id, h.id2, rest)
    for bad in [b"", b"\0" * 23]:
        try:
            print(recordio.unpack(bad))
        except Exception as e:
            print("unpack", len(bad), "->", type(e).__name__)
finally:
    for name in os.listdir(root):
        os.remove(os.path.join(root, name))
    os.rmdir(root)
