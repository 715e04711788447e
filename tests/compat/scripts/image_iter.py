# mx.image.ImageIter (record file, record + index with shuffle, .lst + root, imglist) and the core's
# ImageRecordIter family on small RecordIO fixtures.
import os
import random
import mxnet as mx
from mxnet import image
import numpy as np

DATA = os.path.join("..", "..", "image", "data")
REC, IDX, LST = (os.path.join(DATA, "small." + ext) for ext in ("rec", "idx", "lst"))


def show(it, epochs=1):
    for epoch in range(epochs):
        for batch in it:
            d = batch.data[0].asnumpy()
            print(" ", d.shape, d.dtype, np.round(float(d.astype(np.float64).sum()), 2),
                  np.round(d.reshape(-1)[:3], 4).tolist(), batch.label[0].asnumpy().tolist(), batch.pad)
        it.reset()


print("rec")
it = image.ImageIter(3, (3, 16, 16), path_imgrec=REC)
print(it.provide_data, it.provide_label)
show(it, 2)
print("rec + idx, shuffled, discard")
random.seed(3)
show(image.ImageIter(2, (3, 16, 16), path_imgrec=REC, path_imgidx=IDX, shuffle=True, last_batch_handle="discard"), 2)
print("roll_over")
show(image.ImageIter(3, (3, 12, 12), path_imgrec=REC, path_imgidx=IDX, last_batch_handle="roll_over"), 3)
print("lst + root, resize and normalise")
show(image.ImageIter(4, (3, 20, 20), path_imglist=LST, path_root=DATA, resize=24, mean=True, std=True))
print("imglist, multi label")
lst = [[1.0, 2.0, "c444.jpg"], [3.0, 4.0, "gray.jpg"], [5.0, 6.0, "rgb8.png"]]
it = image.ImageIter(2, (3, 10, 10), label_width=2, imglist=lst, path_root=DATA)
print(it.provide_label)
show(it)
print("imglist, single labels, custom augmenters")
lst = [[7, "c420.jpg"], [8, "prog.jpg"]]
augs = [image.ForceResizeAug((12, 10)), image.HorizontalFlipAug(1.0), image.CastAug()]
show(image.ImageIter(2, (3, 10, 12), imglist=lst, path_root=DATA, aug_list=augs))
print("parts")
show(image.ImageIter(2, (3, 8, 8), path_imgrec=REC, path_imgidx=IDX, num_parts=2, part_index=1))
for bad in (dict(data_shape=(1, 8, 8)), dict(data_shape=(8, 8))):
    try:
        image.ImageIter(2, path_imgrec=REC, **bad)
    except Exception as e:
        print(type(e).__name__, e)

print("ImageRecordIter")
it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 32, 32), batch_size=3)
print(it.provide_data, it.provide_label)
show(it, 2)
show(mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 20, 24), batch_size=4, mean_r=123.68, mean_g=116.28,
                           mean_b=103.53, std_r=58.4, std_g=57.12, std_b=57.4, scale=0.5))
show(mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 14, 30), batch_size=7, resize=20, mirror=True))
show(mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(1, 16, 16), batch_size=4))
show(mx.io.ImageRecordIter(path_imgrec=REC, path_imglist=LST, data_shape=(3, 16, 16), batch_size=4))
show(mx.io.ImageRecordIter(path_imgrec=os.path.join(DATA, "multi.rec"), data_shape=(3, 16, 16), batch_size=2,
                           label_width=2))
show(mx.io.ImageRecordUInt8Iter(path_imgrec=REC, data_shape=(3, 16, 16), batch_size=4))
show(mx.io.ImageRecordInt8Iter(path_imgrec=REC, data_shape=(3, 16, 16), batch_size=4, pad=2, fill_value=0))
it = mx.io.ImageRecordIter(path_imgrec=REC, data_shape=(3, 16, 16), batch_size=4, shuffle=True, rand_crop=True,
                           rand_mirror=True)
print([b.data[0].shape for b in it])
for bad in (dict(path_imgrec=os.path.join(DATA, "missing.rec"), data_shape=(3, 8, 8)), dict(path_imgrec=REC)):
    try:
        mx.io.ImageRecordIter(batch_size=2, **bad)
    except Exception as e:
        print(type(e).__name__)
