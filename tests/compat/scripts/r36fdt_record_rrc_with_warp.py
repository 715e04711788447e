"""ImageRecordIter's random_resized_crop beside a rotation, shear, size bound or pad: the warp keeps scale and ratio 1, pad comes first."""
import os
import tempfile
import numpy as np
import mxnet as mx
from _png import png
from mxnet import recordio


rng = np.random.RandomState(3)
tmp = tempfile.mkdtemp()
rec, idx = os.path.join(tmp, "c.rec"), os.path.join(tmp, "c.idx")
w = recordio.MXIndexedRecordIO(idx, rec, "w")
for i, (h, wd) in enumerate([(30, 40), (16, 22), (45, 28), (24, 24)]):
    yy, xx = np.mgrid[0:h, 0:wd]
    img = np.stack([(xx * 9) % 256, (yy * 7) % 256, rng.randint(0, 256, (h, wd))], -1).astype("uint8")
    w.write_idx(i, recordio.pack(recordio.IRHeader(0, float(i), i, 0), png(img)))
w.close()


def run(**kw):
    try:
        it = mx.io.ImageRecordIter(path_imgrec=rec, path_imgidx=idx, data_shape=(3, 12, 20), batch_size=4,
                                   preprocess_threads=1, seed_aug=7, verbose=False, random_resized_crop=True, **kw)
        d = it.next().data[0].asnumpy()
        return " ".join("%d/%d" % (x.sum(), x[:, 5, 7].sum()) for x in d)
    except mx.base.MXNetError as e:
        return "MXNetError " + str(e).strip().splitlines()[-1].split("] ")[-1][:70]


warps = [dict(max_shear_ratio=0.1), dict(max_rotate_angle=10), dict(rotate=30), dict(max_img_size=30),
         dict(min_img_size=25), dict(rotate=90, inter_method=10)]
crops = [dict(), dict(max_aspect_ratio=0.2), dict(min_random_area=0.3), dict(min_aspect_ratio=0.5, max_aspect_ratio=1.5),
         dict(min_random_area=0.3, max_aspect_ratio=0.3)]
for wk in warps:
    for ck in crops:
        kw = dict(wk, **ck)
        print(sorted(kw.items()), run(**kw))
for kw in [dict(min_random_area=0.4, pad=2, fill_value=3), dict(max_aspect_ratio=0.3, pad=1),
           dict(max_random_area=0.5, min_random_area=0.5, pad=2, fill_value=0),
           dict(min_random_area=0.4, max_shear_ratio=0.2, pad=2, fill_value=9),
           dict(max_aspect_ratio=0.2, inter_method=0), dict(min_random_scale=0.9, max_random_scale=0.9, inter_method=0),
           dict(min_random_scale=0.7, inter_method=1), dict(max_rotate_angle=5, rand_crop=True, inter_method=0)]:
    print(sorted(kw.items()), run(**kw))
