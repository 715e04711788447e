"""ImageDetRecordIter refuses malformed detection labels as MXNet: a scalar label when reading the file, and the
augmenter's checks (label width, header width, object width, whole objects) from its reading thread."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png

path = os.path.join(tempfile.mkdtemp(), "det.rec")
labels = [1.0, [1.0, 2.0], [2, 5, 1], [2, 5, 1, .1, .1, .8], [2, 6, 1, .1, .1, .8, .9], [3, 5, 7, 1, .1, .1, .8, .9],
          [1, 5, 1, .1, .1, .8, .9], [2, 4, 1, .1, .1, .8, .9], [4, 5, 0, 0, 1, .1, .1, .8, .9, 2, .2, .2, .5, .5]]
for label in labels:
    writer = mx.recordio.MXRecordIO(path, "w")
    for i in range(3):
        packed = np.array(label, np.float32) if isinstance(label, list) else label
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, packed, i, 0), png(np.full((4, 4, 3), 10, np.uint8))))
    writer.close()
    try:
        it = mx.io.ImageDetRecordIter(path_imgrec=path, data_shape=(3, 4, 4), batch_size=2, verbose=False)
        print(label, "->", it.next().label[0].asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(label, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))
