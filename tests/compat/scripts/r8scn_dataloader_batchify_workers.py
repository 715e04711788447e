# Variable-length sequences: custom Dataset, padding batchify_fn, BatchSampler, num_workers=2, bucketing by length
import mxnet as mx
from mxnet import gluon, nd
import numpy as np


class SeqDataset(gluon.data.Dataset):
    def __init__(self, n):
        rng = np.random.RandomState(4)
        self.items = [(rng.randint(1, 9, size=rng.randint(1, 6)).astype('int32'), i % 3) for i in range(n)]

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


def pad_batchify(samples):
    seqs, labels = zip(*samples)
    lens = [len(s) for s in seqs]
    out = np.zeros((len(seqs), max(lens)), dtype='int32')
    for i, s in enumerate(seqs):
        out[i, :len(s)] = s
    return nd.array(out, dtype='int32'), nd.array(lens, dtype='int32'), nd.array(labels)


ds = SeqDataset(10)
print(len(ds), ds[0][0].tolist(), ds[0][1])
loader = gluon.data.DataLoader(ds, batch_size=4, batchify_fn=pad_batchify, num_workers=2, last_batch='keep')
print(len(loader))
for data, lens, labels in loader:
    print(data.dtype, data.shape, data.asnumpy().tolist(), lens.asnumpy().tolist(), labels.asnumpy().tolist())

lengths = [len(s) for s, _ in ds.items]
order = sorted(range(len(ds)), key=lambda i: lengths[i])
sampler = gluon.data.BatchSampler(gluon.data.SequentialSampler(len(order)), 3, 'rollover')
print([[order[i] for i in b] for b in sampler])
bucketed = gluon.data.DataLoader(gluon.data.SimpleDataset([ds[i] for i in order]), batch_sampler=sampler,
                                 batchify_fn=pad_batchify, num_workers=2)
for epoch in range(2):
    for data, lens, labels in bucketed:
        emb = nd.one_hot(data, 9).sum(axis=1) / lens.astype('float32').reshape((-1, 1))
        print(epoch, data.shape, emb.sum(axis=1).asnumpy().tolist(), labels.asnumpy().tolist())

default = gluon.data.DataLoader(gluon.data.ArrayDataset(np.arange(12).reshape(6, 2).astype('float32'), np.arange(6)),
                                batch_size=4, num_workers=2, last_batch='discard')
for x, y in default:
    print(type(x).__name__, x.dtype, y.dtype, x.asnumpy().tolist(), y.asnumpy().tolist())
thread = gluon.data.DataLoader(ds.transform_first(lambda s: s * 2), batch_size=5, batchify_fn=pad_batchify,
                               num_workers=2, thread_pool=True)
print([d.asnumpy().sum() for d, _, _ in thread])
