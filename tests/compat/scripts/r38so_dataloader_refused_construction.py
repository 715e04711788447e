"""A DataLoader refused while it is constructed (sampler with shuffle, batch_sampler with batch_size, no batch size,
a timeout of 0, a bad last_batch) is reported again by its __del__, which reads the worker pool it never set (the
message Python prints as "Exception ignored in"); DataLoaderV1 and a loader that was made report nothing."""
import gc
import sys

import numpy as np

import mxnet as mx
from mxnet import gluon

sys.unraisablehook = lambda u: print('  unraisable in', u.object.__qualname__, type(u.exc_value).__name__, u.exc_value)
ds = gluon.data.ArrayDataset(np.ones((4, 2)), np.ones(4))
cases = [('sampler and shuffle', dict(batch_size=3, sampler=gluon.data.SequentialSampler(4), shuffle=True)),
         ('batch_sampler and batch_size',
          dict(batch_sampler=gluon.data.BatchSampler(gluon.data.SequentialSampler(4), 2, 'keep'), batch_size=3)),
         ('no batch size', dict()), ('timeout 0', dict(batch_size=2, timeout=0)),
         ('bad last_batch', dict(batch_size=2, last_batch='foo')), ('negative workers', dict(batch_size=2, num_workers=-1)),
         ('thread pool', dict(batch_size=3, num_workers=1, thread_pool=True))]
for label, kw in cases:
    for cls in [gluon.data.DataLoader, gluon.data.dataloader.DataLoaderV1]:
        try:
            dl = cls(ds, **kw)
            print(cls.__name__, label, 'made', len(dl), [b[0].shape for b in dl])
            del dl
        except Exception as e:
            print(cls.__name__, label, type(e).__name__, e)
        gc.collect()


class MyLoader(gluon.data.DataLoader):
    pass


try:
    MyLoader(ds)
except Exception as e:
    print('subclass', type(e).__name__, e)
gc.collect()
print('end')
