"""DataLoader refuses fractional or sub-1 worker counts as MXNet's process and thread pools do, and Dataset.take compares its count as MXNet does"""
import numpy as np
import mxnet as mx
from mxnet.gluon.data import DataLoader, SimpleDataset

ds = SimpleDataset(list(range(5)))
for nw in [2.5, 1.0, 0.5, np.float32(0.5), np.float64(3.0), -0.5, -2, 0, 0.0, False, '1', None]:
    for tp in [False, True]:
        try:
            d = DataLoader(ds, batch_size=2, num_workers=nw, thread_pool=tp, prefetch=0)
            print(repr(nw), tp, '->', d._num_workers, [b.asnumpy().tolist() for b in d])
        except Exception as e:
            print(repr(nw), tp, '!!', type(e).__name__, e)
d = DataLoader(ds, batch_size=2, num_workers=np.int64(1), thread_pool=True)
print('np.int64(1) threads ->', [b.asnumpy().tolist() for b in d])

for count in [None, 0, 3, 5, 9, -1, 2.5, (3,), [3], '2', float('nan'), float('inf'), np.int64(2), True]:
    try:
        t = ds.take(count)
        print('take', repr(count), '->', len(t), list(t))
    except Exception as e:
        print('take', repr(count), '!!', type(e).__name__, e)
