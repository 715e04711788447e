# Dataset plumbing for imbalanced data: filter, shard, take, sample, transform, a class-balanced custom Sampler,
# FilterSampler, RandomSampler under a numpy seed, and BatchSampler last_batch modes
import mxnet as mx
from mxnet import gluon, nd
import numpy as np

np.random.seed(250)
X = np.arange(20, dtype='float32').reshape(10, 2)
y = np.array([0, 0, 0, 0, 0, 0, 0, 1, 1, 2], dtype='float32')
ds = gluon.data.ArrayDataset(X, y)
print(len(ds), ds[7][0].tolist(), ds[7][1])
minority = ds.filter(lambda s: s[1] > 0)
print(len(minority), [float(minority[i][1]) for i in range(len(minority))])
shards = [ds.shard(3, i) for i in range(3)]
print([len(s) for s in shards], [float(shards[2][i][0][0]) for i in range(len(shards[2]))])
print(len(ds.take(4)), float(ds.take(4)[3][0][1]))
scaled = ds.transform(lambda a, b: (a / 10.0, b + 1), lazy=False)
print(scaled[2][0].tolist(), scaled[2][1])


class BalancedSampler(gluon.data.Sampler):
    def __init__(self, labels, per_class, seed):
        self.labels, self.per_class = labels, per_class
        self.rng = np.random.RandomState(seed)

    def __iter__(self):
        picks = []
        for c in sorted(set(self.labels.tolist())):
            idx = np.flatnonzero(self.labels == c)
            picks.extend(self.rng.choice(idx, self.per_class, replace=True).tolist())
        self.rng.shuffle(picks)
        return iter(picks)

    def __len__(self):
        return self.per_class * len(set(self.labels.tolist()))


class ListSampler(gluon.data.Sampler):
    def __init__(self, indices):
        self.indices = indices

    def __iter__(self):
        return iter(self.indices)

    def __len__(self):
        return len(self.indices)


sub = ds.sample(ListSampler([9, 1, 4]))
print(len(sub), [float(sub[i][1]) for i in range(len(sub))])
sampler = BalancedSampler(y, 3, seed=1)
loader = gluon.data.DataLoader(ds, batch_sampler=gluon.data.BatchSampler(sampler, 4, 'keep'))
for xb, yb in loader:
    print(xb[:, 0].asnumpy().tolist(), yb.asnumpy().tolist())
fs = gluon.data.FilterSampler(lambda s: s[1] == 0, ds)
print(len(fs), list(fs))
print(list(gluon.data.RandomSampler(6)))
for mode in ('keep', 'discard', 'rollover'):
    bs = gluon.data.BatchSampler(gluon.data.SequentialSampler(7), 3, mode)
    print(mode, len(bs), list(bs), list(bs))
loader = gluon.data.DataLoader(ds, batch_size=4, shuffle=True, last_batch='discard')
print([yb.asnumpy().tolist() for _, yb in loader])
