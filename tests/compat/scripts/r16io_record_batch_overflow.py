"""ImageRecordIter with batches near or beyond the number of records: round_batch completes a short batch from
the file's start once per batch, a reset goes on after the records that filled it, and a batch that would need
the file a second time is refused in the parser's words (the CSV loader has its own)."""
import os
import tempfile

import numpy as np
import mxnet as mx
from _png import png
from _words import words

folder = tempfile.mkdtemp()
path = os.path.join(folder, "five.rec")
writer = mx.recordio.MXRecordIO(path, "w")
for i in range(5):
    writer.write(mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i, 0), png(np.full((4, 4, 3), i * 10, np.uint8))))
writer.close()

for batch_size in [4, 5, 6, 7, 9, 10, 11]:
    steps = []
    try:
        it = mx.io.ImageRecordIter(path_imgrec=path, data_shape=(3, 4, 4), batch_size=batch_size)
        for step in ["next", "next", "reset", "next", "next", "reset", "next", "reset", "next"]:
            if step == "reset":
                it.reset()
                steps.append("|")
                continue
            try:
                batch = it.next()
                steps.append(f"{[int(v) for v in batch.label[0].asnumpy()]} pad {batch.pad}")
            except StopIteration:
                steps.append("stop")
    except Exception as e:
        steps.append(words(e))
    print("batch", batch_size, "->", "; ".join(steps))

csv = os.path.join(folder, "three.csv")
with open(csv, "w") as f:
    f.write("1,2\n3,4\n5,6\n")
for batch_size in [4, 6, 7]:
    try:
        print("csv batch", batch_size, "->", [b.data[0].asnumpy().tolist() for b in mx.io.CSVIter(data_csv=csv, data_shape=(2,), batch_size=batch_size)])
    except Exception as e:
        print("csv batch", batch_size, "->", words(e))
