"""ImageRecordIter with mean_img: the mean image file created on first use (normalised with mean_r/std_r and
scale, in a shuffled epoch of its own when indexed), then subtracted before std, scale and the mirror."""
import os
import shutil
import tempfile

import numpy as np

import mxnet as mx

DATA = os.path.join("..", "..", "image", "data")
REC, IDX = os.path.join(DATA, "small.rec"), os.path.join(DATA, "small.idx")


def digest(a):
    return np.round(a.ravel()[:4], 4).tolist(), round(float(a.astype(np.float64).sum()), 3)


cases = [dict(), dict(scale=0.5, mean_r=3), dict(std_r=2, std_g=3, std_b=5, mean_g=2),
         dict(rand_crop=True, rand_mirror=True, resize=12, seed=4),
         dict(max_random_contrast=0.3, max_random_illumination=10, seed=1),
         dict(shuffle=True, path_imgidx=IDX, seed=3, rand_mirror=True)]
folder = tempfile.mkdtemp()
try:
    for i, extra in enumerate(cases):
        path = os.path.join(folder, f"mean{i}.bin")
        args = dict(path_imgrec=REC, data_shape=(3, 8, 8), batch_size=2, mean_img=path)
        args.update(extra)
        for run in ("created", "loaded"):
            it = mx.io.ImageRecordIter(**args)
            batches = [digest(b.data[0].asnumpy()) for b in it]
            saved = mx.nd.load(path)
            print(i, run, sorted(extra), sorted(saved), digest(saved["mean_img"].asnumpy()), batches)
finally:
    shutil.rmtree(folder)
