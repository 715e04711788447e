"""The v1 and detection image record iterators beside ImageRecordIter: batch index (header ids or zeros), the
padded slots of a short last batch, the v1 normaliser's own random draws and the detection normaliser's
means/stds/scale, over two epochs each."""
import hashlib
import os

import mxnet as mx

DATA = os.path.join("..", "..", "image", "data")
REC, DET = os.path.join(DATA, "small.rec"), os.path.join(DATA, "det.rec")


def digest(arr):
    return hashlib.md5(arr.asnumpy().tobytes()).hexdigest()[:12]


def show(name, rec, **kwargs):
    it = getattr(mx.io, name)(path_imgrec=rec, data_shape=(3, 8, 8), batch_size=3, **kwargs)
    print(name, sorted(kwargs.items()))
    for epoch in range(2):
        for b in it:
            print("  ", epoch, b.index.tolist(), b.pad, digest(b.data[0]), digest(b.label[0]))
        it.reset()


for name in ("ImageRecordIter", "ImageRecordIter_v1", "ImageRecordUInt8Iter", "ImageRecordUInt8Iter_v1"):
    show(name, REC)
    if name.endswith("_v1"):        # ImageRecordIter's short last batch holds uninitialised memory
        show(name, REC, round_batch=False)
    show(name, REC, rand_mirror=True, rand_crop=True, seed=5)
    show(name, REC, shuffle=True, seed=2, max_random_contrast=0.3, max_random_illumination=10)
    show(name, REC, mean_r=100, std_g=3, scale=0.5, mirror=True)
show("ImageDetRecordIter", DET)
show("ImageDetRecordIter", DET, round_batch=False)
show("ImageDetRecordIter", DET, mean_r=100, mean_g=110, std_g=3, std_b=-2, scale=0.25)
show("ImageDetRecordIter", DET, std_r=50, rand_mirror_prob=0.5, seed=3)
