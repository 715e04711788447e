"""Image record iterators parse their flags and numbers as MXNet's core: booleans, ints, floats (trailing text
refused in its own words), seed_aug as int or None, preprocess_threads of at least 1; num_parts and part_index fail
the input split's check; ImageRecordIter's unknown dtype and ImageRecordIter_v1's non-float32 dtype as MXNet."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

path = os.path.join(tempfile.mkdtemp(), "five.rec")
writer = mx.recordio.MXRecordIO(path, "w")
for i in range(5):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(np.full((4, 4, 3), i * 10, np.uint8))))
writer.close()
cases = [dict(rand_crop="x"), dict(shuffle="yes"), dict(round_batch="x"), dict(resize="a"), dict(resize=2.5),
         dict(resize=" 2"), dict(seed="x"), dict(label_width="x"), dict(mean_r="x"), dict(scale="1e-2"),
         dict(scale="1.5x"), dict(scale="1.5 "), dict(scale=".5"), dict(std_r="x1"), dict(brightness="nan"),
         dict(seed_aug="x"), dict(seed_aug=3), dict(seed_aug="None"), dict(preprocess_threads=0),
         dict(preprocess_threads=2), dict(num_parts=0), dict(num_parts=2, part_index=3), dict(dtype="float64"),
         dict(dtype="int32"), dict(rand_mirror="x", resize="a")]
for name in ("ImageRecordIter", "ImageRecordIter_v1"):
    for kwargs in cases:
        args = dict(dict(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2, verbose=False), **kwargs)
        try:
            batch = getattr(mx.io, name)(**args).next()
            print(name, kwargs, "->", batch.data[0].shape)
        except mx.base.MXNetError as e:
            print(name, kwargs, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
