# After a batch fails in a worker (thread or process), MXNet terminates the DataLoader's pool: later epochs
# fail with ValueError('Pool not running'). Without workers every epoch tries again. A batchify_fn that
# cannot be pickled fails like a worker error, but only once a batch is requested.
import mxnet as mx
from mxnet.gluon.data import DataLoader, Dataset, SimpleDataset


class Bad(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i == 1:
            raise KeyError("bad index %d" % i)
        return i


for kw in [dict(num_workers=1, thread_pool=True), dict(num_workers=2), dict(num_workers=2, prefetch=0),
           dict(num_workers=0)]:
    dl = DataLoader(Bad(), batch_size=1, **kw)
    for epoch in range(3):
        got = []
        try:
            for b in dl:
                got.append(int(b.asscalar()))
            print(sorted(kw.items()), epoch, got)
        except Exception as e:
            print(sorted(kw.items()), epoch, got, type(e).__name__, e)

empty = DataLoader(SimpleDataset([]), batch_size=2, num_workers=1, batchify_fn=lambda b: b)
print("empty epoch", list(empty))
dl = DataLoader(SimpleDataset([1, 2, 3]), batch_size=2, num_workers=1, batchify_fn=lambda b: b)
for epoch in range(2):
    try:
        print(list(dl))
    except Exception as e:
        print("lambda batchify", epoch, type(e).__name__)
