"""ImageDetRecordIter: a given label_width must be every record's label size, label_pad_width must hold the longest
label, and resize_mode is one of its named values; each refusal in MXNet's words."""
import os
import tempfile

import numpy as np
import mxnet as mx
from _png import png
from _words import words

path = os.path.join(tempfile.mkdtemp(), "det.rec")
writer = mx.recordio.MXRecordIO(path, "w")
for i in range(4):
    label = [2, 5, 0, 0.1, 0.1, 0.5, 0.5] + ([1, 0.2, 0.2, 0.9, 0.9] if i % 2 else [])
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, label, i, 0), png(np.full((6, 8, 3), i * 30, np.uint8))))
writer.close()

for kwargs in [dict(), dict(label_width=-1), dict(label_width=0), dict(label_width=1), dict(label_width=7), dict(label_width=12),
               dict(label_width=16), dict(label_width=7, label_pad_width=20), dict(label_pad_width=20), dict(label_pad_width=12),
               dict(label_pad_width=11), dict(label_pad_width=3), dict(resize_mode="fit"), dict(resize_mode="shrink"),
               dict(resize_mode="bogus"), dict(resize_mode="Force")]:
    try:
        it = mx.io.ImageDetRecordIter(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2, **kwargs)
        batch = it.next()
        print(kwargs, "->", it.provide_label[0].shape, batch.label[0].asnumpy()[:, :6].round(2).tolist())
    except Exception as e:
        print(kwargs, "->", words(e))
