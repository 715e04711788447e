"""A file iterator given a positional argument: the core makes the iterator first (its parameter and file
errors come first), then the TypeError, before anything the first batch would find."""
# recorded on AVX2
import os
import struct
import tempfile

import mxnet as mx
from _words import words

tmp = tempfile.mkdtemp()
os.chdir(tmp)
with open("a.csv", "w") as f:
    f.write("1,2,3\n4,5,6\n7,8,9\n10,11,12\n13,14,15\n")
with open("a.libsvm", "w") as f:
    f.write("1 0:1.5 2:2\n0 1:3\n2 0:1 1:1 2:1\n")
with open("img", "wb") as f:
    f.write(struct.pack(">iiii", 2051, 13, 3, 2) + bytes(range(78)))
with open("lab", "wb") as f:
    f.write(struct.pack(">ii", 2049, 13) + bytes(i % 10 for i in range(13)))

CSV = dict(data_csv="a.csv", data_shape=(3,), batch_size=2)
LIBSVM = dict(data_libsvm="a.libsvm", data_shape=(3,), batch_size=2)
MNIST = dict(image="img", label="lab", batch_size=2)
CASES = [("CSVIter", mx.io.CSVIter, CSV, [dict(), dict(data_csv="nosuch.csv"), dict(label_csv="nosuch.csv"),
                                          dict(dtype="float64"), dict(batch_size=2 ** 32), dict(data_shape=(2,)),
                                          dict(batch_size=-1), dict(batch_size=11), dict(prefetch_buffer=-2 ** 64),
                                          dict(round_batch="maybe"), dict(unknown=1)]),
         ("LibSVMIter", mx.io.LibSVMIter, LIBSVM, [dict(data_libsvm="nosuch"), dict(round_batch=False),
                                                   dict(data_shape=(3, 1)), dict(num_parts=0)]),
         ("MNISTIter", mx.io.MNISTIter, MNIST, [dict(), dict(image="nosuch"), dict(label="nosuch"), dict(batch_size=0),
                                                dict(num_parts=0), dict(part_index=5), dict(seed=2 ** 31),
                                                dict(dtype="float16"), dict(batch_size=100)])]
for name, make, base, changes in CASES:
    for change in changes:
        for args in [(), ("x",)]:
            try:
                it = make(*args, **dict(base, **change))
                shown = "made, batch_size %d" % it.batch_size
            except (TypeError, StopIteration, mx.base.MXNetError) as e:
                shown = words(e)
            print(name, change, "positional" if args else "keywords", "->", shown)
# the batch parameters (batch_size, round_batch) are read before the reader's required ones
for kw in [dict(batch_size="x"), dict(batch_size=2, round_batch="maybe"), dict(batch_size=2 ** 32, data_csv="a.csv"),
           dict(batch_size="x", round_batch="maybe"), dict(batch_size=2, round_batch="maybe", data_csv="nosuch.csv"),
           dict(batch_size=2, round_batch=0, data_csv="a.csv"), dict(round_batch="maybe")]:
    for name, make in [("CSVIter", mx.io.CSVIter), ("LibSVMIter", mx.io.LibSVMIter)]:
        try:
            make(**kw)
            print(name, kw, "-> made")
        except mx.base.MXNetError as e:
            print(name, kw, "->", words(e))
# two bad values, in both orders, with the required keys given or not: the parameter structs in the core's
# order (prefetcher, batch loader, reader), each reading its keys in the order given, then its missing ones
BAD = dict(batch_size="x", round_batch="maybe", data_shape="x", label_shape="y", prefetch_buffer="z", dtype="float128",
           ctx="tpu", num_parts="p", part_index="q")
for name, make, base in [("CSVIter", mx.io.CSVIter, CSV), ("LibSVMIter", mx.io.LibSVMIter, LIBSVM)]:
    keys = sorted(BAD)
    for i, first in enumerate(keys):
        for second in keys[i + 1:]:
            for pair in [(first, second), (second, first)]:
                for given in ["all", "none"]:
                    kw = {k: BAD[k] for k in pair}
                    if given == "all":
                        kw.update({k: v for k, v in base.items() if k not in kw})
                    try:
                        make(**kw)
                        shown = "made"
                    except mx.base.MXNetError as e:
                        shown = words(e)
                    print(name, pair, given, "->", shown)
