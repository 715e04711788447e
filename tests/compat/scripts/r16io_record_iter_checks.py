"""ImageRecordIter and its uint8/int8 kin refuse a data_shape of another rank at construction, and per record
(after decoding) an output of 2 or 5 channels, a label_width the record's label does not have, and a record
OpenCV cannot decode, in MXNet's words."""
import os
import tempfile

import numpy as np
import mxnet as mx
from _png import png
from _words import words

folder = tempfile.mkdtemp()
recs = {}
for kind, label in [("scalar", 1.5), ("pair", [1.0, 2.0]), ("one", [3.0]), ("junk", 1.0)]:
    recs[kind] = os.path.join(folder, kind + ".rec")
    writer = mx.recordio.MXRecordIO(recs[kind], "w")
    for i in range(3):
        pixels = np.arange(5 * 6 * 3).reshape(5, 6, 3).astype(np.uint8) * (i + 1)
        writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, label, i, 0), b"junk" if kind == "junk" else png(pixels)))
    writer.close()

cases = [("scalar", {}), ("scalar", dict(label_width=2)), ("pair", {}), ("pair", dict(label_width=2)), ("pair", dict(label_width=3)),
         ("one", {}), ("one", dict(label_width=2)), ("scalar", dict(data_shape=(3, 4))), ("scalar", dict(data_shape=(3, 4, 4, 4))),
         ("scalar", dict(data_shape=(2, 4, 4))), ("scalar", dict(data_shape=(5, 4, 4))), ("scalar", dict(data_shape=(1, 4, 4))),
         ("scalar", dict(data_shape=(4, 4, 4))), ("junk", {}), ("junk", dict(data_shape=(1, 4, 4))), ("junk", dict(data_shape=(4, 4, 4))),
         ("junk", dict(data_shape=(2, 4, 4))), ("junk", dict(label_width=2))]
for name in ["ImageRecordIter", "ImageRecordUInt8Iter", "ImageRecordInt8Iter"]:
    for kind, kwargs in cases:
        args = dict(dict(path_imgrec=recs[kind], data_shape=(3, 4, 4), batch_size=2), **kwargs)
        try:
            batch = getattr(mx.io, name)(**args).next()
            print(name, kind, kwargs, "->", batch.data[0].shape, batch.label[0].asnumpy().tolist())
        except Exception as e:
            print(name, kind, kwargs, "->", words(e))
