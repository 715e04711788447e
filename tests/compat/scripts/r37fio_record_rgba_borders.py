"""ImageRecordIter and ImageDetRecordIter pad and warp RGBA images with fill_value in B, G, R and 0 in alpha, as MXNet's core does."""
import hashlib
import os
import shutil
import struct
import tempfile
import zlib

import mxnet as mx
import numpy as np


def png(pixels):
    """An 8-bit PNG of ``pixels`` (H x W x 3 RGB or H x W x 4 RGBA uint8)."""
    rows = b"".join(b"\x00" + row.tobytes() for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    head = struct.pack(">IIBBBBB", pixels.shape[1], pixels.shape[0], 8, 2 if pixels.shape[2] == 3 else 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


folder = tempfile.mkdtemp()
path = os.path.join(folder, "border.rec")
rng = np.random.RandomState(0)
boxes = [2, 5, 0, 0.1, 0.1, 0.6, 0.7, 1, 0.3, 0.2, 0.9, 0.8]
for channels in (4, 3, 1):
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(3):
        pixels = rng.randint(0, 256, (11 + i, 13 - i, 4 if channels == 4 else 3)).astype(np.uint8)
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, boxes, i, 0), png(pixels)))
    writer.close()
    for make, extra in ((mx.io.ImageRecordIter, dict(pad=4, data_shape=(channels, 16, 18))),
                        (mx.io.ImageRecordIter, dict(rotate=45, data_shape=(channels, 12, 12))),
                        (mx.io.ImageRecordIter, dict(max_rotate_angle=90, seed=5, data_shape=(channels, 10, 10))),
                        (mx.io.ImageRecordIter, dict(max_shear_ratio=0.5, data_shape=(channels, 10, 10))),
                        (mx.io.ImageRecordIter, dict(rotate=30, inter_method=2, data_shape=(channels, 10, 10))),
                        (mx.io.ImageDetRecordIter, dict(rand_pad_prob=1, max_pad_scale=2, seed=3,
                                                        data_shape=(channels, 8, 8)))):
        if make is mx.io.ImageRecordIter:
            extra = dict(extra, label_width=len(boxes))
        it = make(path_imgrec=path, batch_size=3, preprocess_threads=1, fill_value=77, **extra)
        data = it.next().data[0].asnumpy()
        print(make.__name__, channels, sorted(extra.items()), data.sum(), hashlib.md5(data.tobytes()).hexdigest()[:12],
              data[0, :, 0, :3].astype(int).tolist())
shutil.rmtree(folder)
