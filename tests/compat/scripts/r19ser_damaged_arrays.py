"""NDArray files with damaged or old-format records (0.x and V1 records, unknown storage types, type flags, ranks
and dimensions), read by nd.load, nd.load_frombuffer and npx.load: what loads, and MXNet's words for what does not."""
import os
import struct
import tempfile

import numpy as np
import mxnet as mx
from _words import words

DIR = tempfile.mkdtemp()
V1, V2, V3 = 0xF993FAC8, 0xF993FAC9, 0xF993FACA
CPU_F32 = struct.pack("<iii", 1, 0, 0)


def one(record):
    return struct.pack("<QQQ", 0x112, 0, 1) + record + struct.pack("<Q", 0)


def shown(arrays):
    return [(a.shape, np.dtype(a.dtype).name, a.asnumpy().tolist()) for a in arrays]


def attempt(label, fn):
    try:
        print(label, "->", shown(fn()))
    except Exception as e:
        print(label, "->", words(e).replace(DIR, "DIR"))


def np_load(path):
    mx.npx.set_np()
    try:
        return mx.npx.load(path)
    finally:
        mx.npx.reset_np()


records = {
    "0.x rank 1": struct.pack("<II", 1, 2) + CPU_F32 + np.float32([1, 2]).tobytes(),
    "0.x rank 0": struct.pack("<I", 0) + CPU_F32 + np.float32([7]).tobytes(),
    "0.x rank 0 cut": struct.pack("<I", 0) + CPU_F32,
    "0.x float64 gpu": struct.pack("<II", 1, 1) + struct.pack("<iii", 2, 0, 1) + np.float64([3]).tobytes(),
    "V1 rank 1": struct.pack("<IIq", V1, 1, 2) + CPU_F32 + np.float32([1, 2]).tobytes(),
    "V1 rank 0": struct.pack("<II", V1, 0) + CPU_F32 + np.float32([7]).tobytes(),
    "V1 dim -3": struct.pack("<IIq", V1, 1, -3) + CPU_F32,
    "V1 zero size": struct.pack("<IIq", V1, 1, 0) + CPU_F32,
    "no magic, negative": struct.pack("<I", 0xDEADBEEF) + b"\0" * 40,
    "V2 storage 5": struct.pack("<Ii", V2, 5) + b"\0" * 30,
    "V2 storage -1": struct.pack("<Ii", V2, -1) + b"\0" * 30,
    "V2 rank -1": struct.pack("<Iii", V2, 0, -1) + CPU_F32,
    "V2 rank -2": struct.pack("<Iii", V2, 0, -2) + b"\0" * 40,
    "V2 dim -1": struct.pack("<Iiiq", V2, 0, 1, -1) + CPU_F32,
    "V2 dim -1 cut": struct.pack("<Iiiq", V2, 0, 1, -1),
    "V2 dim -4": struct.pack("<Iiiq", V2, 0, 1, -4) + CPU_F32,
    "V2 pinned context": struct.pack("<Iiiq", V2, 0, 1, 1) + struct.pack("<iii", 3, 1, 0) + np.float32([3]).tobytes(),
    "V2 device type 9": struct.pack("<Iiiq", V2, 0, 1, 1) + struct.pack("<iii", 9, 0, 0) + np.float32([3]).tobytes(),
    "V3 rank -2": struct.pack("<Iii", V3, 0, -2) + b"\0" * 40,
    "csr index flag 9": struct.pack("<Ii", V2, 2) + struct.pack("<iq", 1, 1) + struct.pack("<iqq", 2, 1, 1) + CPU_F32
                        + struct.pack("<iiq", 9, 1, 2) + b"\0" * 40,
}
records["a count past the records"] = None
for flag in [8, 9, 10, 11, 13, -1]:
    records[f"V2 type flag {flag}"] = struct.pack("<Iiiq", V2, 0, 1, 2) + struct.pack("<iii", 1, 0, flag) + b"\1\0" * 16

counted = struct.pack("<QQQ", 0x112, 0, 0x77) + struct.pack("<Iiiq", V2, 0, 1, 1) + CPU_F32 + np.float32([5]).tobytes()
for label, record in records.items():
    raw = one(record) if record is not None else counted + struct.pack("<Q", 0)
    path = os.path.join(DIR, "f.params")
    with open(path, "wb") as f:
        f.write(raw)
    attempt(f"{label}: nd.load", lambda: mx.nd.load(path))
    attempt(f"{label}: load_frombuffer", lambda: mx.nd.load_frombuffer(raw))
    attempt(f"{label}: npx.load", lambda: np_load(path))
