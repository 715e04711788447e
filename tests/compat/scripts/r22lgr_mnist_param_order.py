"""MNISTIter's parameter errors in MXNet's order: the prefetcher's parameters as given, then MNISTIter's own
sorted by name (the core reads them from a map), then its files."""
# recorded on AVX2
import os
import struct
import tempfile

import mxnet as mx
from _words import words

tmp = tempfile.mkdtemp()
os.chdir(tmp)
with open("img", "wb") as f:
    f.write(struct.pack(">iiii", 2051, 13, 3, 2) + bytes(range(78)))
with open("lab", "wb") as f:
    f.write(struct.pack(">ii", 2049, 13) + bytes(i % 10 for i in range(13)))


def show(case, **kwargs):
    try:
        shown = mx.io.MNISTIter(**kwargs).provide_data
    except StopIteration:
        shown = "StopIteration"
    except mx.base.MXNetError as e:
        shown = words(e)
    print(case, "->", shown)


BAD = dict(batch_size="x", seed="s", num_parts="p", part_index="q", shuffle="maybe", flat="perhaps", silent="no?",
           input_shape="i", prefetch_buffer="z", dtype="float128", ctx="tpu", image="nosuch", label="nosuch2")
keys = sorted(BAD)
for i, a in enumerate(keys):
    for b in keys[i + 1:]:
        for pair in [(a, b), (b, a)]:
            show(pair, **{k: BAD[k] for k in pair})
for kw in [dict(batch_size=0, seed="s"), dict(seed="s", batch_size=0), dict(batch_size=0, num_parts=0),
           dict(num_parts=0, batch_size=0), dict(silent=True, image="img", label="lab", batch_size=4),
           dict(silent="1", flat="0", shuffle="False", image="img", label="lab", batch_size=4),
           dict(input_shape=(6,), flat=True, image="img", label="lab", batch_size=2)]:
    show(kw, **kw)
