"""The record iterators take shuffle_chunk_size as MXNet's: its advice on the size logged (over 4096 MB, under 4 MB; v2 and v1 parsers' lines), and a file within one chunk read as without it (shuffled or not)."""
# recorded on AVX2
import os
import tempfile

import numpy as np

import mxnet as mx
from _png import png
from _stderr import stderr_of

folder = tempfile.mkdtemp()
rec = os.path.join(folder, "a.rec")
writer = mx.recordio.MXRecordIO(rec, "w")
rs = np.random.RandomState(0)
for i in range(7):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(rs.randint(0, 256, (6, 8, 3)).astype(np.uint8))))
writer.close()


def labels(it):
    return [b.label[0].asnumpy().tolist() for b in it]


for kwargs in [dict(shuffle_chunk_size=5000), dict(shuffle_chunk_size=4), dict(shuffle_chunk_size=2, verbose=True),
               dict(shuffle_chunk_size=1, num_parts=2, part_index=1), dict(shuffle_chunk_size=1, shuffle=True),
               dict(shuffle_chunk_size=1, shuffle=True, shuffle_chunk_seed=3), dict(shuffle_chunk_size=0, shuffle=True)]:
    for name in ["ImageRecordIter", "ImageRecordIter_v1", "ImageRecordUInt8Iter"]:
        options = dict(dict(verbose=False), **kwargs)
        it, lines = stderr_of(lambda: getattr(mx.io, name)(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=3,
                                                           **options))
        print(name, kwargs, [line.replace(folder, "FOLDER") for line in lines])
        print("  ", labels(it) if isinstance(it, mx.io.DataIter) else (type(it).__name__, str(it)))
