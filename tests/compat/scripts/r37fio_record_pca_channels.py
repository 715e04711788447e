"""ImageRecordIter's pca_noise on gray and RGBA images adds its offsets byte by byte as three-channel pixels, as MXNet's core does."""
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
path = os.path.join(folder, "pca.rec")
rng = np.random.RandomState(0)
# every crop keeps rows of its source below it, so the gray rows' overrun stays inside the decoded image
cases = [(1, (12, 8), {}), (1, (10, 14), {}), (1, (10, 20), {}), (1, (15, 9), dict(rand_crop=True)),
         (1, (9, 11), dict(resize=10)), (4, (10, 9), {}), (4, (9, 12), dict(rand_crop=True))]
for channels, (height, width), extra in cases:
    writer = mx.recordio.MXRecordIO(path, "w")
    for i, level in enumerate((100, 7, 250)):
        pixels = np.full((height, width, 4), level, np.uint8)
        pixels[..., :3] = np.clip(level + rng.randint(-6, 7, (height, width, 3)), 0, 255)
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0),
                                      png(pixels if channels == 4 else pixels[..., :3])))
    writer.close()
    it = mx.io.ImageRecordIter(path_imgrec=path, batch_size=3, data_shape=(channels, 6, 6), preprocess_threads=1,
                               pca_noise=0.5, seed=3, **extra)
    data = it.next().data[0].asnumpy().astype(int)
    print(channels, (height, width), extra, data.sum())
    for image in data:
        print("  ", image[0, :3].tolist(), image[0, -1].tolist(), image[-1, 0].tolist())
shutil.rmtree(folder)
