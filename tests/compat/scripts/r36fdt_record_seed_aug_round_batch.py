"""ImageRecordIter with an index, seed_aug and round_batch=False: later epochs number the records' augmentation seeds from shifted reads."""
import os
import tempfile
import numpy as np
import mxnet as mx
from _png import png
from mxnet import recordio


N = 13
rng = np.random.RandomState(6)
tmp = tempfile.mkdtemp()
rec, idx = os.path.join(tmp, "s.rec"), os.path.join(tmp, "s.idx")
w = recordio.MXIndexedRecordIO(idx, rec, "w")
for i in range(N):
    w.write_idx(i, recordio.pack(recordio.IRHeader(0, float(i), i, 0),
                                 png(rng.randint(0, 256, (12 + i % 5, 14, 3)).astype("uint8"))))
w.close()

for name in ["ImageRecordIter", "ImageRecordUInt8Iter"]:
    for batch, shuffle, round_batch in [(4, False, False), (5, False, False), (6, True, False), (3, True, False),
                                        (7, False, False)]:
        it = getattr(mx.io, name)(path_imgrec=rec, path_imgidx=idx, data_shape=(3, 6, 6), batch_size=batch,
                                  preprocess_threads=1, verbose=False, round_batch=round_batch, shuffle=shuffle,
                                  seed=2, seed_aug=7, max_random_scale=1.4, min_random_scale=0.8, rand_mirror=True)
        print(name, batch, shuffle, round_batch)
        for epoch in range(4):
            rows = []
            for b in it:
                sums = b.data[0].asnumpy().astype(np.float64).reshape(batch, -1).sum(axis=1)
                rows += list(zip(b.label[0].asnumpy(), sums))[:batch - b.pad]
            print(" ", epoch, " ".join("%d:%d" % pair for pair in rows[:N]))
            it.reset()
