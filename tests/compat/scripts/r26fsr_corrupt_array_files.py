"""nd.load_frombuffer and nd.load of damaged NDArray files: every byte of a small dict file flipped, every
truncation, counts and lengths past what can be allocated, names that are not UTF-8, mismatched name counts."""
# recorded on AVX2
import os
import shutil
import struct
import tempfile

from mxnet import nd
from _words import words

folder = tempfile.mkdtemp()
path = os.path.join(folder, "arrays.params")


def show(label, fn):
    try:
        out = fn()
        out = {k: (v.dtype.__name__, v.shape, v.asnumpy().tolist()) for k, v in out.items()} if isinstance(out, dict) \
            else [(v.dtype.__name__, v.shape, v.asnumpy().tolist()) for v in out]
        print(label, "->", out)
    except Exception as e:
        print(label, "!", words(e))


nd.save(path, {"w": nd.array([1., 2.]), "b": nd.array([3], dtype="int64")})
with open(path, "rb") as f:
    raw = f.read()
# (left out: flips that make MXNet fill gigabytes before it fails, which takes it seconds)
SLOW = {(18, 0xFF), (19, 1), (27, 0xFF), (67, 0xFF), (106, 0xFF), (107, 1), (115, 0xFF), (115, 1), (116, 1),
        (117, 0xFF), (124, 0xFF), (124, 1), (125, 1), (126, 0xFF)}
for i in range(len(raw)):
    for bits in (0xFF, 0x01):
        if (i, bits) in SLOW:
            continue
        flipped = bytearray(raw)
        flipped[i] ^= bits
        show("flip %d^%#x" % (i, bits), lambda: nd.load_frombuffer(bytes(flipped)))
for n in range(0, len(raw), 5):
    show("cut %d" % n, lambda: nd.load_frombuffer(raw[:n]))
    with open(path, "wb") as f:
        f.write(raw[:n])
    show("cut file %d" % n, lambda: nd.load(path))

# a csr record: its storage shape is not what MXNet allocates; its index arrays' shapes must be 1-D
nd.save(path, {"c": nd.array([[0, 1.5], [2, 0]]).tostype("csr")})
with open(path, "rb") as f:
    raw = f.read()
for i in range(24, 48):
    for bits in (0xFF, 0x01):
        flipped = bytearray(raw)
        flipped[i] ^= bits
        show("csr flip %d^%#x" % (i, bits), lambda: nd.load_frombuffer(bytes(flipped)))

V2 = 0xF993FAC9
record = struct.pack("<Iiiqiii", V2, 0, 1, 1, 1, 0, 3) + b"\x07"
header = struct.pack("<QQQ", 0x112, 0, 1)
tails = {"names 2 for 1": struct.pack("<QQ", 2, 1) + b"a" + struct.pack("<Q", 1) + b"b",
         "name bytes ff": struct.pack("<QQ", 1, 1) + b"\xff",
         "name with nul": struct.pack("<QQ", 1, 3) + b"a\x00b",
         "name length 2**62": struct.pack("<QQ", 1, 2 ** 62),
         "name length 2**40": struct.pack("<QQ", 1, 2 ** 40),
         "name count 2**61": struct.pack("<Q", 2 ** 61),
         "name count 2**40": struct.pack("<Q", 2 ** 40)}
for label, tail in tails.items():
    show(label, lambda: nd.load_frombuffer(header + record + tail))
for count in (2 ** 20, 2 ** 40, 2 ** 57, 2 ** 64 - 1):
    show("array count %d" % count, lambda: nd.load_frombuffer(struct.pack("<QQQ", 0x112, 0, count)))
for dims in ((2 ** 20,), (2 ** 40,), (2 ** 40, 2 ** 40), (2 ** 63 - 1,), (3,) * 40):
    rec = struct.pack("<Iii%dqiii" % len(dims), V2, 0, len(dims), *dims, 1, 0, 0)
    show("dims %s" % (dims,), lambda: nd.load_frombuffer(header + rec))
shutil.rmtree(folder)
