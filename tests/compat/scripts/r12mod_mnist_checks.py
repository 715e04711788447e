"""MNISTIter checks batch_size's range, opens its files, checks num_parts/part_index, then the dtype, as MXNet."""
import os
import struct
import tempfile

import mxnet as mx

tmp = tempfile.mkdtemp()
os.chdir(tmp)
with open("img", "wb") as f:
    f.write(struct.pack(">iiii", 2051, 6, 2, 2) + bytes(range(24)))
with open("lab", "wb") as f:
    f.write(struct.pack(">ii", 2049, 6) + bytes(range(6)))
BROKEN = {"imgtrunc": struct.pack(">iiii", 2051, 7, 3, 2) + b"\x01" * 10, "labtrunc": struct.pack(">ii", 2049, 7) + b"\x01" * 3,
          "imghead": struct.pack(">ii", 2051, 7), "labhead": struct.pack(">i", 2049), "empty": b""}
for name, raw in BROKEN.items():
    with open(name, "wb") as f:
        f.write(raw)


def show(**kwargs):
    try:
        it = mx.io.MNISTIter(**dict(dict(image="img", label="lab", batch_size=2, shuffle=False), **kwargs))
        print(kwargs, [b.label[0].asnumpy().tolist() for b in it])
    except mx.base.MXNetError as e:
        text = str(e).split("MXNetError: ")[-1].strip()
        if "Check failed: " in text:        # the check and its values (the words after it may differ)
            text = "Check failed: " + text.split("Check failed: ")[1].split(":")[0].strip()
        print(kwargs, "MXNetError", text.splitlines()[0])


for kw in [dict(batch_size=0), dict(batch_size=-1), dict(batch_size="-1"), dict(batch_size=-1, ctx="tpu"),
           dict(num_parts=0), dict(part_index=-1), dict(num_parts=2, part_index=2), dict(num_parts=2, part_index=3),
           dict(num_parts=-2, part_index=-3), dict(image="nosuch", part_index=3), dict(label="nosuch", num_parts=0),
           dict(part_index=3, dtype="int32"), dict(num_parts=3, part_index=2), dict(num_parts=4, part_index=1),
           dict(num_parts=4, part_index=3, batch_size=1), dict(batch_size=-1, part_index=3),
           dict(image="imgtrunc"), dict(label="labtrunc"), dict(image="imghead"), dict(label="labhead"),
           dict(image="empty"), dict(label="empty"), dict(image="imgtrunc", num_parts=0), dict(label="labtrunc", num_parts=0),
           dict(image="imghead", num_parts=0)]:
    show(**kw)
