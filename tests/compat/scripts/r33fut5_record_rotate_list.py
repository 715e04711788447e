"""ImageRecordIter's rotate_list (angles read from its text, one drawn an image) and rotations beside random_resized_crop."""
# recorded on AVX2
import os
import tempfile

import numpy as np
import mxnet as mx
from _png import png

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'rot.rec')
rs = np.random.RandomState(7)
writer = mx.recordio.MXRecordIO(path, 'w')
for i in range(6):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(rs.randint(0, 256, (12, 12, 3)).astype('u1'))))
writer.close()

cases = [dict(rotate_list=[0, 90, 180], seed_aug=4), dict(rotate_list=[90, 180]), dict(rotate_list='45,90, 180', seed_aug=3),
         dict(rotate_list=(30,)), dict(rotate_list='30', max_rotate_angle=10, seed_aug=5), dict(rotate_list='10,,20', seed_aug=6),
         dict(rotate_list=',15', seed_aug=6), dict(rotate_list='20,-30', rotate=40, max_shear_ratio=0.1, seed_aug=7),
         dict(rotate_list=[], seed_aug=1), dict(rotate_list='', seed_aug=1),
         dict(random_resized_crop=True, rotate_list='0,90', seed_aug=2),
         dict(random_resized_crop=True, max_rotate_angle=30, seed_aug=2),
         dict(random_resized_crop=True, rotate=90, seed_aug=2),
         dict(random_resized_crop=True, max_shear_ratio=0.2, seed_aug=2),
         dict(random_resized_crop=True, max_img_size=10, seed_aug=3)]
for kw in cases:
    it = mx.io.ImageRecordIter(path_imgrec=path, data_shape=(3, 10, 10), batch_size=3, preprocess_threads=1, **kw)
    for batch in it:
        data = batch.data[0].asnumpy().astype(np.int64)
        print(sorted(kw.items()), data.sum(axis=(1, 2, 3)).tolist(), data[:, :, 0, 0].tolist())
