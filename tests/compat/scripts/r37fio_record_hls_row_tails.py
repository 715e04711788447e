"""ImageRecordIter's HLS shifts: the last (width % 4) pixels of each row convert as OpenCV's scalar code rounds them."""
import hashlib
import os
import shutil
import tempfile

import mxnet as mx
import numpy as np

from _png import png

# BGR colours whose 8-bit saturation rounds apart between OpenCV's vector and scalar conversions
COLOURS = np.array([[180, 130, 126], [120, 188, 118], [177, 128, 178], [126, 132, 180], [172, 137, 134],
                    [132, 174, 168], [184, 122, 171], [188, 184, 118], [116, 190, 188], [184, 172, 122]], np.uint8)
rng = np.random.RandomState(0)
folder = tempfile.mkdtemp()
path = os.path.join(folder, "hls.rec")
for width in (3, 6, 8, 9, 14):
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(6):
        pixels = COLOURS[rng.randint(0, len(COLOURS), (5, width))] if i % 2 else \
            rng.randint(0, 256, (5, width, 3)).astype(np.uint8)
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(pixels[..., ::-1])))
    writer.close()
    for shifts in (dict(random_l=1), dict(random_h=20, random_s=30, random_l=40), dict(random_s=5)):
        for shape in ((3, 5, width), (3, 4, width - 1)):        # the whole image, and a crop of it
            it = mx.io.ImageRecordIter(path_imgrec=path, batch_size=6, data_shape=shape,
                                       preprocess_threads=1, seed=1, **shifts)
            data = it.next().data[0].asnumpy()
            print(width, sorted(shifts.items()), shape, int(data.sum()),
                  hashlib.md5(data.tobytes()).hexdigest()[:12], data[:, :, 0, -1].astype(int).tolist()[1])
shutil.rmtree(folder)
