"""ImageRecordIter, four channels: a 16-bit RGBA PNG (resized in 16 bits, read as bytes) and a 32-bit BMP (alpha kept)."""
import hashlib
import os
import shutil
import tempfile

import mxnet as mx

DATA = os.path.join("..", "..", "image", "data")
folder = tempfile.mkdtemp()
path = os.path.join(folder, "deep.rec")
for name, (height, width) in (("rgba16.png", (9, 11)), ("rgba32.bmp", (9, 13))):
    with open(os.path.join(DATA, name), "rb") as f:
        payload = f.read()
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(2):
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), payload))
    writer.close()
    for extra in (dict(), dict(data_shape=(4, 6, 7)), dict(data_shape=(4, 6, 7), rand_crop=True, seed=2),
                  dict(rand_mirror=True, seed=1), dict(mean_r=3, std_a=2, scale=0.5), dict(data_shape=(4, 6, 7), pad=2),
                  dict(data_shape=(4, 6, 7), pca_noise=0.3, seed=3), dict(data_shape=(4, 6, 7), random_h=10),
                  dict(dtype="uint8"), dict(dtype="int8"), dict(data_shape=(4, 6, 7), resize=12),
                  dict(data_shape=(4, 6, 7), resize=22, inter_method=2), dict(data_shape=(4, 6, 7), resize=5, inter_method=3),
                  dict(data_shape=(4, 14, 16), inter_method=4), dict(data_shape=(4, 6, 7), max_crop_size=8, min_crop_size=5,
                                                                    inter_method=10, seed=1)):
        if "random_h" in extra and name.endswith(".bmp"):
            continue        # (an 8-bit RGBA image's HLS shift leaves three channels, read past their end)
        options = dict(dict(data_shape=(4, height, width)), **extra)
        try:
            it = mx.io.ImageRecordIter(path_imgrec=path, batch_size=2, preprocess_threads=1, **options)
            data = it.next().data[0].asnumpy()
            print(name, sorted(extra.items()), data.dtype, data.astype("float64").sum(),
                  hashlib.md5(data.tobytes()).hexdigest()[:12], data[0, :, 0, :2].astype(int).tolist())
        except mx.base.MXNetError as e:
            print(name, sorted(extra.items()), "MXNetError", str(e).strip().splitlines()[-1][:120])
shutil.rmtree(folder)
