"""ImageRecordIter on RGBA records (data_shape channels 4) and their gray reading: options that work, and the jitters OpenCV refuses."""
import hashlib
import os
import shutil
import struct
import tempfile
import zlib

import mxnet as mx
import numpy as np


def png_rgba(pixels):
    """An 8-bit RGBA PNG of ``pixels`` (H x W x 4 uint8)."""
    rows = b"".join(b"\x00" + row.tobytes() for row in pixels)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    head = struct.pack(">IIBBBBB", pixels.shape[1], pixels.shape[0], 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def first_line(e):
    lines = [line for line in str(e).splitlines() if line.strip()]
    return lines[-1] if lines[0].startswith("Traceback") else lines[0]


folder = tempfile.mkdtemp()
path = os.path.join(folder, "rgba.rec")
rng = np.random.RandomState(0)
writer = mx.recordio.MXRecordIO(path, "w")
for i in range(3):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0),
                                  png_rgba(rng.randint(0, 256, (11 + i, 13 - i, 4)).astype(np.uint8))))
writer.close()
options = [{}, dict(brightness=0.3), dict(contrast=0.3), dict(saturation=0.3), dict(rand_mirror=True),
           dict(max_rotate_angle=20), dict(mean_r=10, mean_g=20, mean_b=30, mean_a=40, std_r=2, std_a=3), dict(resize=15),
           dict(pad=2), dict(max_shear_ratio=0.2), dict(random_resized_crop=True, min_random_area=0.5),
           dict(inter_method=10, resize=20), dict(scale=0.5), dict(pca_noise=0.2)]
for channels in (4, 1):
    for extra in options:
        try:
            it = mx.io.ImageRecordIter(path_imgrec=path, batch_size=3, data_shape=(channels, 8, 8),
                                       preprocess_threads=1, seed=3, **extra)
            data = it.next().data[0].asnumpy()
            print(channels, extra, data.sum(), hashlib.md5(data.tobytes()).hexdigest()[:12],
                  data[0, :, 0, :3].astype(int).tolist())
        except mx.base.MXNetError as e:
            print(channels, extra, "MXNetError", first_line(e)[:150])
shutil.rmtree(folder)
