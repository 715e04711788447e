# gluon.data: datasets, transforms, filter/shard/take, samplers, DataLoader modes and batchify.
import mxnet as mx
from mxnet import nd, gluon
from mxnet.gluon.data import ArrayDataset, SimpleDataset, DataLoader
from mxnet.gluon.data import sampler as smp
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


def desc(x):
    if isinstance(x, (list, tuple)):
        return type(x).__name__ + "[" + ", ".join(desc(e) for e in x) + "]"
    if isinstance(x, nd.NDArray):
        return "NDArray%s%s:%s" % (x.shape, np.dtype(x.dtype).name, x.asnumpy().tolist())
    if isinstance(x, np.ndarray):
        return "np%s%s:%s" % (x.shape, x.dtype, x.tolist())
    return "%s:%r" % (type(x).__name__, x)


X = nd.arange(20).reshape((10, 2))
y = np.arange(10, dtype="int32")
ds = ArrayDataset(X, y)
print(len(ds), desc(ds[3]), desc(ds[-1]))
attempt("mismatched lengths", lambda: ArrayDataset(X, y[:5]))
one = ArrayDataset(X)
print(desc(one[0]))
lst = ArrayDataset([1, 2, 3], ["a", "b", "c"])
print(desc(lst[1]))
s = SimpleDataset(list(range(7)))
print(len(s), s[2], desc(s[-1]))
t = s.transform(lambda v: v * 10)
print(type(t).__name__, len(t), t[3], [t[i] for i in range(len(t))])
tl = s.transform(lambda v: v * 10, lazy=False)
print(type(tl).__name__, tl[3])
tf = ds.transform_first(lambda a: a * 2)
print(desc(tf[1]))
tf2 = ds.transform(lambda a, b: (b, a.sum()))
print(desc(tf2[2]))
f = s.filter(lambda v: v % 2 == 0)
print(type(f).__name__, len(f), [f[i] for i in range(len(f))])
for k in range(3):
    sh = s.shard(3, k)
    print("shard", k, len(sh), [sh[i] for i in range(len(sh))])
attempt("shard bad", lambda: s.shard(3, 3))
tk = s.take(4)
print("take", len(tk), [tk[i] for i in range(len(tk))])
print("take None", len(s.take(None)), len(s.take(100)))
sm = s.sample(smp.SequentialSampler(3, 2)) if hasattr(s, "sample") else None
print([sm[i] for i in range(len(sm))] if sm is not None else None)

# samplers
print(list(smp.SequentialSampler(5)), len(smp.SequentialSampler(5)))
print(list(smp.SequentialSampler(5, 2)))
np.random.seed(0)
mx.random.seed(0)
r = list(smp.RandomSampler(6))
print(r, len(smp.RandomSampler(6)))
for last in ("keep", "discard", "rollover"):
    b = smp.BatchSampler(smp.SequentialSampler(7), 3, last)
    print(last, len(b), list(b), list(b))
attempt("bad last_batch", lambda: list(smp.BatchSampler(smp.SequentialSampler(7), 3, "foo")))
iv = smp.IntervalSampler(7, 3) if hasattr(smp, "IntervalSampler") else None
print(list(iv) if iv else None, len(iv) if iv else None)
print(list(smp.IntervalSampler(7, 3, rollover=False)) if iv else None)

# DataLoader
for last in ("keep", "discard", "rollover"):
    dl = DataLoader(ds, batch_size=4, last_batch=last)
    print(last, len(dl))
    for epoch in range(2):
        print(" ", [desc(b) for b in dl])
dl = DataLoader(ds, batch_size=3, shuffle=True)
np.random.seed(1)
batches = list(dl)
print(len(batches), [b[1].asnumpy().tolist() for b in batches])
attempt("shuffle with sampler", lambda: DataLoader(ds, batch_size=2, shuffle=True, sampler=smp.SequentialSampler(10)))
attempt("no batch_size", lambda: DataLoader(ds))
attempt("batch_sampler + batch_size", lambda: DataLoader(ds, batch_size=2, batch_sampler=smp.BatchSampler(smp.SequentialSampler(10), 2)))
dl = DataLoader(ds, batch_sampler=smp.BatchSampler(smp.SequentialSampler(10), 4, "discard"))
print([desc(b[1]) for b in dl])
dl = DataLoader(ds, sampler=smp.SequentialSampler(5, 5), batch_size=2)
print([desc(b[1]) for b in dl])

# batchify of various sample kinds
samples = [
    SimpleDataset([np.array([1.0, 2.0]), np.array([3.0, 4.0]), np.array([5.0, 6.0])]),
    SimpleDataset([nd.array([1, 2]), nd.array([3, 4]), nd.array([5, 6])]),
    SimpleDataset([1, 2, 3]),
    SimpleDataset([1.5, 2.5, 3.5]),
    SimpleDataset([(1, [2.0, 3.0]), (4, [5.0, 6.0]), (7, [8.0, 9.0])]),
    SimpleDataset([[1, 2], [3, 4], [5, 6]]),
    SimpleDataset([(np.int32(1), np.float64(2)), (np.int32(3), np.float64(4)), (np.int32(5), np.float64(6))]),
    SimpleDataset([np.array([1, 2], dtype="int64"), np.array([3, 4], dtype="int64"), np.array([5, 6], dtype="int64")]),
    SimpleDataset([np.array(1.0, dtype="float16"), np.array(2.0, dtype="float16"), np.array(3.0, dtype="float16")]),
]
for smpl in samples:
    print(desc(next(iter(DataLoader(smpl, batch_size=3)))))
print(desc(next(iter(DataLoader(samples[0], batch_size=2, batchify_fn=lambda b: len(b))))))
attempt("ragged", lambda: next(iter(DataLoader(SimpleDataset([np.zeros(2), np.zeros(3)]), batch_size=2))))
print(desc(next(iter(DataLoader(ds, batch_size=5, num_workers=0, pin_memory=True)))))
from mxnet.gluon.data.dataloader import default_batchify_fn
print(desc(default_batchify_fn([np.array([1, 2]), np.array([3, 4])])))
print(desc(default_batchify_fn([(1, 2.0), (3, 4.0)])))
