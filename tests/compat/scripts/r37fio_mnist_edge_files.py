"""MNISTIter on small idx files: empty (flat or not), 1x1 images, wrong magic numbers, trailing and missing bytes."""
import os
import shutil
import struct
import tempfile

import mxnet as mx
import numpy as np

folder = tempfile.mkdtemp()
images, labels = os.path.join(folder, "images"), os.path.join(folder, "labels")


def write(count, rows=4, cols=5, image_magic=2051, label_magic=2049, extra=0, short=0):
    pixels = (np.arange(count * rows * cols) * 7 % 256).astype(np.uint8).tobytes()
    with open(images, "wb") as f:
        f.write(struct.pack(">iiii", image_magic, count, rows, cols) + pixels[:len(pixels) - short] + b"\0" * extra)
    with open(labels, "wb") as f:
        f.write(struct.pack(">ii", label_magic, count) + (np.arange(count) % 10).astype(np.uint8).tobytes())


for files in (dict(count=5), dict(count=5, image_magic=1234), dict(count=5, label_magic=99), dict(count=5, short=7),
              dict(count=5, extra=9), dict(count=0), dict(count=5, rows=1, cols=1)):
    for options in (dict(batch_size=2), dict(batch_size=2, flat=True, shuffle=False), dict(batch_size=7, shuffle=False)):
        write(**files)
        try:
            it = mx.io.MNISTIter(image=images, label=labels, **options)
            print(files, options, it.provide_data[0].shape,
                  [(b.data[0].shape, float(b.data[0].asnumpy().sum()), b.label[0].asnumpy().tolist(), b.pad)
                   for b in it])
        except StopIteration:
            print(files, options, "StopIteration")
        except mx.base.MXNetError as e:
            print(files, options, "MXNetError", str(e).strip().splitlines()[-1])
shutil.rmtree(folder)
