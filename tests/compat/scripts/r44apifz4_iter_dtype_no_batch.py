"""MNISTIter and LibSVMIter refuse a dtype other than float32 only when their first batch is filled: too few samples end (or fail) first."""
import os
import struct
import tempfile
import numpy as np
import mxnet as mx

tmp = tempfile.mkdtemp()
image_file, label_file, svm_file = (os.path.join(tmp, name) for name in ("images", "labels", "data.libsvm"))


def write_mnist(count):
    rng = np.random.RandomState(count)
    with open(image_file, "wb") as f:
        f.write(struct.pack(">IIII", 2051, count, 4, 5) + rng.randint(0, 256, size=(count, 4, 5)).astype(np.uint8).tobytes())
    with open(label_file, "wb") as f:
        f.write(struct.pack(">II", 2049, count) + rng.randint(0, 10, size=count).astype(np.uint8).tobytes())


def show(label, make):
    try:
        it = make()
        print(label, "->", [b.data[0].asnumpy().tolist() for b in it])
    except StopIteration:
        print(label, "-> StopIteration")
    except mx.base.MXNetError as e:
        print(label, "->", str(e).strip().splitlines()[-1].split("] ", 1)[-1][:160])


for count, batch_size, extra in [(1, 2, {}), (3, 4, {"flat": True}), (3, 2, {"num_parts": 2}), (6, 4, {"num_parts": 3}),
                                 (2, 2, {}), (4, 2, {"num_parts": 2, "part_index": 1})]:
    write_mnist(count)
    for dtype in ("float16", "uint8", "float32"):
        show(f"MNISTIter {count} images, batch {batch_size}, {extra}, {dtype}",
             lambda: mx.io.MNISTIter(image=image_file, label=label_file, batch_size=batch_size, dtype=dtype,
                                     shuffle=False, silent=True, **extra))

for text in ["\n", "1 1:2\n", "1 1:2\n0 0:1\n", "1 1:2\n0 0:1\n1 2:3\n"]:
    with open(svm_file, "w") as f:
        f.write(text)
    for batch_size in (1, 3, 5):
        for dtype in ("float16", "float64", "float32"):
            show(f"LibSVMIter {text!r}, batch {batch_size}, {dtype}",
                 lambda: mx.io.LibSVMIter(data_libsvm=svm_file, data_shape=(3,), batch_size=batch_size, dtype=dtype))
