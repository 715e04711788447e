# Datasets and DataLoaders: transform_first, custom batchify, samplers, last_batch modes, filter/shard/take
import numpy as np
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon.data import ArrayDataset, SimpleDataset, DataLoader
from mxnet.gluon.data.sampler import SequentialSampler, RandomSampler, BatchSampler

np.random.seed(1)
feats = np.arange(30, dtype='float32').reshape(10, 3)
labels = np.arange(10, dtype='int32') % 3
ds = ArrayDataset(feats, labels)
print(len(ds), ds[4])
scaled = ds.transform_first(lambda x: x / 10.0)
print(scaled[2])
both = ds.transform(lambda x, y: (x.sum(), y * 2), lazy=False)
print([both[i] for i in range(3)])

for mode in ['keep', 'discard', 'rollover']:
    loader = DataLoader(scaled, batch_size=4, last_batch=mode)
    shapes = []
    for epoch in range(2):
        shapes.append([b[0].shape[0] for b in loader])
    print(mode, len(loader), shapes)

sampler = BatchSampler(SequentialSampler(10), 3, 'keep')
print(list(sampler))
rs = RandomSampler(6)
print(len(list(rs)), sorted(list(rs)))


def pad_batchify(samples):
    seqs = [s[0] for s in samples]
    longest = max(len(s) for s in seqs)
    out = np.zeros((len(seqs), longest), dtype='float32')
    for i, s in enumerate(seqs):
        out[i, :len(s)] = s
    return nd.array(out), nd.array([len(s) for s in seqs])


seqs = SimpleDataset([(np.arange(n, dtype='float32') + 1, n) for n in [3, 1, 4, 2, 5]])
for data, lengths in DataLoader(seqs, batch_size=2, batchify_fn=pad_batchify):
    print(data.asnumpy().tolist(), lengths.asnumpy().tolist())

even = SimpleDataset(list(range(12))).filter(lambda v: v % 2 == 0)
print(len(even), list(even))
print(list(SimpleDataset(list(range(10))).shard(3, 1)), list(SimpleDataset(list(range(10))).take(4)))
loader = DataLoader(ArrayDataset(nd.arange(8).reshape(4, 2), nd.array([1, 0, 1, 0])), batch_size=3)
for x, y in loader:
    print(type(x).__name__, x.dtype, x.asnumpy().tolist(), y.asnumpy().tolist())
mapped = SimpleDataset([1, 2, 3]).transform(lambda v: v * v)
print(mapped[2], len(mapped))
shuffled = DataLoader(ArrayDataset(np.arange(8).astype('float32')), batch_size=4, shuffle=True)
print([b.asnumpy().tolist() for b in shuffled])
