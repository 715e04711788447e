"""ImageRecordIter over a .rec of PNGs written here: seeded augmentation options batch by batch, and the words of
OpenCV's colour conversion check that a gray data_shape fails."""
import os
import struct
import tempfile
import zlib
import numpy as np
import mxnet as mx
from _words import words


def chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload) & 0xffffffff)


def png(arr):
    h, w, _ = arr.shape
    rows = b"".join(b"\x00" + arr[y].astype(np.uint8).tobytes() for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


folder = tempfile.mkdtemp()
rec_path, idx_path = os.path.join(folder, "d.rec"), os.path.join(folder, "d.idx")
rs = np.random.RandomState(3)
rec = mx.recordio.MXIndexedRecordIO(idx_path, rec_path, "w")
for i, (h, w) in enumerate([(8, 10), (12, 9), (10, 10), (6, 14), (9, 7)]):
    rec.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i % 3), i, 0), png(rs.randint(0, 256, (h, w, 3)))))
rec.close()

options = [dict(), dict(resize=6), dict(rand_crop=True, rand_mirror=True, seed=4), dict(mean_r=10, mean_g=20, mean_b=30, std_r=2),
           dict(shuffle=True, seed=3), dict(max_rotate_angle=10, seed=2), dict(max_shear_ratio=0.2, max_aspect_ratio=0.3),
           dict(pad=2, fill_value=100), dict(inter_method=2, resize=7), dict(brightness=0.2, contrast=0.2, saturation=0.2),
           dict(pca_noise=0.1), dict(random_h=10, random_s=10, random_l=10), dict(dtype="uint8"),
           dict(random_resized_crop=True, min_random_area=0.3), dict(max_crop_size=6, min_crop_size=4, rand_crop=True),
           dict(brightness=0.2, channels=1)]
for opts in options:
    for shape in [(3, 6, 6), (1, 4, 4)]:
        if shape[0] == 1 and "pca_noise" in opts:      # (MXNet leaves a gray image's pixels unwritten)
            continue
        kw = dict(opts)
        kw.pop("channels", None)
        try:
            it = mx.io.ImageRecordIter(path_imgrec=rec_path, path_imgidx=idx_path, data_shape=shape, batch_size=2, **kw)
            for k, batch in enumerate(it):
                a = batch.data[0].asnumpy()
                print(opts, shape, k, a.shape, round(float(a.astype(np.float64).sum()), 2),
                      batch.label[0].asnumpy().tolist(), batch.pad)
        except Exception as e:
            print(opts, shape, "->", words(e))
