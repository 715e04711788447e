"""ImageRecordIter with ctx='cpu' runs MXNet's CPU backend: its log line, no read-ahead at reset, the last short batch's pad reported until the next, a short batch without round_batch keeping the previous rows, checks raised at their own source line; device_id=-1 hands out cpu(0) arrays."""
# recorded on AVX2
import os
import re
import tempfile

import numpy as np

import mxnet as mx
from _png import png
from _stderr import stderr_of

folder = tempfile.mkdtemp()
rec = os.path.join(folder, "a.rec")
rs = np.random.RandomState(0)
writer = mx.recordio.MXIndexedRecordIO(os.path.join(folder, "a.idx"), rec, "w")
for i in range(7):
    image = rs.randint(0, 256, (6 + i % 3, 8 - i % 2, 3)).astype(np.uint8)
    writer.write_idx(i, mx.recordio.pack(mx.recordio.IRHeader(0, float(i), i + 10, 0), png(image)))
writer.close()


def epochs(count=4, **kwargs):
    try:
        it = mx.io.ImageRecordIter(path_imgrec=rec, data_shape=(3, 4, 4), verbose=False, **kwargs)
        first = it.next()
        print(kwargs, first.data[0].context, first.data[0].dtype, first.pad)
        for epoch in range(count):
            print("  ", epoch, [(b.pad, b.label[0].asnumpy().tolist(), float(b.data[0].asnumpy().sum())) for b in it])
            it.reset()
    except mx.base.MXNetError as e:
        print(kwargs, type(e).__name__, repr(re.sub(r"\d\d:\d\d:\d\d", "hh:mm:ss", str(e))))


# (the prefetching backend's later epochs report the pads of recycled batch objects, and its short batches
# without round_batch hold stale memory: only its first two epochs are compared)
for ctx, count in (("cpu", 4), ("gpu", 2)):
    for batch_size in (2, 3, 4, 7, 8):
        epochs(ctx=ctx, batch_size=batch_size, count=count)
    epochs(ctx=ctx, batch_size=3, shuffle=True, seed=2, count=count)
    epochs(ctx=ctx, batch_size=3, dtype="uint8", count=count)
    epochs(ctx=ctx, batch_size=3, dtype="int8", count=count)
    epochs(ctx=ctx, batch_size=3, dtype="float16")
    epochs(ctx=ctx, batch_size=3, label_width=2)
    epochs(ctx=ctx, batch_size=10)
    epochs(ctx=ctx, batch_size=3, device_id=-1, count=1)
epochs(ctx="cpu", batch_size=3, round_batch=False)
epochs(ctx="cpu", batch_size=2, round_batch=False, count=2)
for ctx in ("cpu", "gpu"):
    made, lines = stderr_of(lambda: mx.io.ImageRecordIter(path_imgrec=rec, data_shape=(3, 4, 4), batch_size=2, ctx=ctx))
    print(ctx, type(made).__name__, [line.replace(folder, "FOLDER") for line in lines])
