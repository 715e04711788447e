"""The file iterators' refusals print as MXNet's: the C++ check's source line first, and a check failed in the
reading thread (batch buffers, dtypes, rows, round_batch overflow, LibSVM parsing) logged inside threadediter.h's."""
# recorded on AVX2
import os
import re
import struct
import tempfile

import numpy as np

import mxnet as mx

folder = tempfile.mkdtemp()


def write(name, data):
    path = os.path.join(folder, name)
    with open(path, "wb") as f:
        f.write(data)
    return path


svm = write("s.libsvm", b"1 0:1.5 3:2\n0 1:1\n2 2:0.5 4:1\n1\n3 0:1 1:2 2:3 3:4 4:5\n")
csv = write("c.csv", "".join(f"{i},{i + 1},{i + 2}\n" for i in range(10)).encode())
images = np.random.RandomState(0).randint(0, 256, (10, 4, 4)).astype(np.uint8)
img = write("img", struct.pack(">iiii", 2051, 10, 4, 4) + images.tobytes())
lab = write("lab", struct.pack(">ii", 2049, 10) + bytes(range(10)))
S = dict(data_libsvm=svm, data_shape=(5,), batch_size=2)
C = dict(data_csv=csv, data_shape=(3,), batch_size=2)
M = dict(image=img, label=lab, batch_size=2, silent=True)
cases = [
    ("libsvm round_batch=False", lambda: mx.io.LibSVMIter(**S, round_batch=False)),
    ("libsvm data_shape (5, 1)", lambda: mx.io.LibSVMIter(**dict(S, data_shape=(5, 1)))),
    ("libsvm num_parts=0", lambda: mx.io.LibSVMIter(**S, num_parts=0)),
    ("libsvm part_index=-1", lambda: mx.io.LibSVMIter(**S, part_index=-1)),
    ("libsvm part_index=2 of 2", lambda: mx.io.LibSVMIter(**S, num_parts=2, part_index=2)),
    ("libsvm label file, label_shape (1,)", lambda: mx.io.LibSVMIter(**S, label_libsvm=svm)),
    ("libsvm dtype float64", lambda: mx.io.LibSVMIter(**S, dtype="float64")),
    ("libsvm dtype bfloat16", lambda: mx.io.LibSVMIter(**S, dtype="bfloat16")),
    ("libsvm batch_size=-3", lambda: mx.io.LibSVMIter(**dict(S, batch_size=-3))),
    ("libsvm batch_size=70", lambda: mx.io.LibSVMIter(**dict(S, batch_size=70))),
    ("libsvm negative index", lambda: list(mx.io.LibSVMIter(**dict(S, data_libsvm=write("n.svm", b"1 -1:1\n"))))),
    ("libsvm index without value", lambda: list(mx.io.LibSVMIter(**dict(S, data_libsvm=write("v.svm", b"1 1:1 2\n"))))),
    ("csv batch_size=30", lambda: mx.io.CSVIter(**dict(C, batch_size=30))),
    ("csv batch_size=-1", lambda: mx.io.CSVIter(**dict(C, batch_size=-1))),
    ("csv data_shape (0,)", lambda: mx.io.CSVIter(**dict(C, data_shape=(0,)))),
    ("mnist num_parts=0", lambda: mx.io.MNISTIter(**M, num_parts=0)),
    ("mnist part_index=-1", lambda: mx.io.MNISTIter(**M, part_index=-1)),
    ("mnist part_index=2 of 2", lambda: mx.io.MNISTIter(**M, num_parts=2, part_index=2)),
    ("mnist short header", lambda: mx.io.MNISTIter(**dict(M, image=write("short", b"\0\0\0\1")))),
    ("mnist truncated images", lambda: mx.io.MNISTIter(**dict(M, image=write("trunc", struct.pack(
        ">iiii", 2051, 10, 4, 4) + bytes(20))))),
    ("mnist truncated labels", lambda: mx.io.MNISTIter(**dict(M, label=write("lab7", struct.pack(">ii", 2049, 10)
                                                                                + bytes(7))))),
    ("mnist dtype float64", lambda: mx.io.MNISTIter(**M, dtype="float64")),
    ("mnist dtype bfloat16", lambda: mx.io.MNISTIter(**M, dtype="bfloat16")),
]
for title, make in cases:
    try:
        make()
        print(title, "made")
    except mx.base.MXNetError as e:
        print(title, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
