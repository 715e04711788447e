"""DataLoader worker processes receive the sampler's indices as they are (strings, tuples, floats, numpy ints), as MXNet's pool does, so a dataset keyed by them loads the same batches as in this process."""
# recorded on AVX2
import numpy as np
import mxnet as mx


class Keyed(mx.gluon.data.Dataset):
    table = {"a": 1, ("b", 2): 2, 3.5: 3, None: 4, frozenset([5]): 5}

    def __len__(self):
        return len(self.table)

    def __getitem__(self, key):
        return self.table[key]


class IndexTypes(mx.gluon.data.Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return type(i).__name__ + ":" + str(i)


def names(batch):
    return list(batch)


batches = [["a", ("b", 2)], [3.5, None], [frozenset([5])]]
for kw in [dict(), dict(num_workers=1), dict(num_workers=2, thread_pool=True), dict(num_workers=2)]:
    loader = mx.gluon.data.DataLoader(Keyed(), batch_sampler=batches, **kw)
    print(kw, [b.asnumpy().tolist() for b in loader])
    np.random.seed(0)
    loader = mx.gluon.data.DataLoader(IndexTypes(), 2, shuffle=True, batchify_fn=names, **kw)
    print(kw, [b for b in loader])
    loader = mx.gluon.data.DataLoader(IndexTypes(), batch_sampler=[(np.int32(1), 2), np.array([3, 0])],
                                      batchify_fn=names, **kw)
    print(kw, [b for b in loader])
