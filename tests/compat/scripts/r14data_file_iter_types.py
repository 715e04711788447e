"""MNISTIter and LibSVMIter on small local files: batches, parts, shuffling under a seed, and MXNet's words for a dtype other than float32 and for a file too short for its header."""
import os
import re
import struct
import tempfile

import numpy as np
import mxnet as mx


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    text = re.sub(r"^\[[0-9:]+\] \S+:\d+: ", "", text)       # a nested error's time and source line
    return f"{type(e).__name__}: {text}"


def idx_file(path, arr, magic):
    with open(path, "wb") as f:
        f.write(struct.pack(">I", magic) + struct.pack(">" + "I" * arr.ndim, *arr.shape) + arr.tobytes())


def batches(it):
    return [(b.data[0].asnumpy().reshape(b.data[0].shape[0], -1)[:, :3].tolist(), b.label[0].asnumpy().tolist(), b.pad)
            for b in it]


root = tempfile.mkdtemp()
try:
    image, label, svm = (os.path.join(root, n) for n in ("img", "lab", "d.svm"))
    idx_file(image, (np.arange(7 * 3 * 3) % 256).astype(np.uint8).reshape(7, 3, 3), 2051)
    idx_file(label, np.arange(7, dtype=np.uint8), 2049)
    with open(svm, "w") as f:
        f.write("1 0:1 2:2\n0 1:3\n2 0:1 1:1 2:1\n1 2:5\n0 0:7\n")
    for kw in [dict(batch_size=3), dict(batch_size=2, flat=True), dict(batch_size=3, shuffle=True, seed=4),
               dict(batch_size=2, num_parts=2, part_index=1), dict(batch_size=3, input_shape=(1, 3, 3))]:
        it = mx.io.MNISTIter(image=image, label=label, **kw)
        print("MNISTIter", sorted(kw), it.provide_data, batches(it))
    for kw in [dict(batch_size=2), dict(batch_size=3), dict(batch_size=3, num_parts=2, part_index=1)]:
        it = mx.io.LibSVMIter(data_libsvm=svm, data_shape=(3,), **kw)
        print("LibSVMIter", sorted(kw), it.provide_data, it.provide_label, batches(it))
    for dtype in ["float64", "float16", "int32", "int64", "int8", "uint8"]:
        for name, make in [("MNISTIter", lambda: mx.io.MNISTIter(image=image, label=label, batch_size=2, dtype=dtype)),
                           ("LibSVMIter", lambda: mx.io.LibSVMIter(data_libsvm=svm, data_shape=(3,), batch_size=2, dtype=dtype))]:
            try:
                make()
                print(name, dtype, "-> ok")
            except Exception as e:
                print(name, dtype, "->", words(e))
    for which in ["image", "label"]:
        short = os.path.join(root, "short")
        with open(short, "wb") as f:
            f.write(struct.pack(">I", 2051))
        try:
            files = dict(image=image, label=label)
            files[which] = short
            mx.io.MNISTIter(batch_size=2, **files)
        except Exception as e:
            print("short", which, "->", words(e))
finally:
    for name in os.listdir(root):
        os.remove(os.path.join(root, name))
    os.rmdir(root)
