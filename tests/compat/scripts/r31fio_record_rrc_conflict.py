"""ImageRecordIter with random_resized_crop and a conflicting option (rand_crop, scales, crop sizes) fails as MXNet's: the default augmenter's check (image_aug_default.cc:352) raised through the reading thread, after the label checks."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

folder = tempfile.mkdtemp()
rec = os.path.join(folder, "a.rec")
writer = mx.recordio.MXRecordIO(rec, "w")
for i in range(3):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(np.full((6, 8, 3), i * 40, np.uint8))))
writer.close()
for kwargs in [dict(random_resized_crop=True, max_random_scale=1.0, min_random_scale=1.0),
               dict(random_resized_crop=True, rand_crop=True, label_width=2),
               dict(random_resized_crop=True, rand_crop=True, resize=5)]:
    # (MXNet's process does not survive a second failed augmenter check: this one is the last)
    try:
        it = mx.io.ImageRecordIter(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=3, verbose=False, **kwargs)
        print(kwargs, "made", it.next().data[0].shape, flush=True)
    except mx.base.MXNetError as e:
        print(kwargs, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))), flush=True)
