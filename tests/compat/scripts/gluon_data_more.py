# gluon.data: more dataset indexing, samplers and DataLoader corner cases.
import mxnet as mx
from mxnet import nd
from mxnet.gluon.data import ArrayDataset, SimpleDataset, DataLoader, Dataset
from mxnet.gluon.data import sampler as smp
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", desc(r))
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


v = nd.arange(5)
attempt("1D nd item", lambda: ArrayDataset(v)[2])
attempt("1D np item", lambda: ArrayDataset(np.arange(5.0))[2])
attempt("two 1D", lambda: ArrayDataset(v, np.arange(5))[4])
attempt("list + nd", lambda: ArrayDataset([10, 20, 30], nd.array([[1], [2], [3]]))[1])
attempt("len", lambda: len(ArrayDataset(v, v)))
attempt("no args", lambda: ArrayDataset())
attempt("slice", lambda: ArrayDataset(v)[1:3])
attempt("simple slice", lambda: SimpleDataset([1, 2, 3])[1:])
attempt("nd getitem neg", lambda: ArrayDataset(nd.arange(6).reshape((3, 2)))[-1])
attempt("index error", lambda: SimpleDataset([1, 2])[5])
attempt("filter array", lambda: [x for x in ArrayDataset(np.arange(6)).filter(lambda x: x > 3)])
attempt("filter tuple", lambda: list(ArrayDataset(np.arange(4), np.arange(4) * 2).filter(lambda a, b: b > 2)) if False else len(ArrayDataset(np.arange(4), np.arange(4) * 2).filter(lambda s: s[1] > 2)))
attempt("shard more than len", lambda: [len(SimpleDataset([1, 2]).shard(3, i)) for i in range(3)])
attempt("take 0", lambda: len(SimpleDataset([1, 2]).take(0)))
attempt("take negative", lambda: len(SimpleDataset([1, 2]).take(-1)))
attempt("transform tuple ret", lambda: SimpleDataset([1, 2]).transform(lambda x: (x, x * 2))[1])
attempt("transform_first nontuple", lambda: SimpleDataset([1, 2]).transform_first(lambda x: x * 3)[1])
attempt("transform_first lazy False", lambda: type(ArrayDataset(np.arange(3), np.arange(3)).transform_first(lambda x: x + 1, lazy=False)).__name__)
attempt("transform iter", lambda: list(SimpleDataset([1, 2, 3]).transform(lambda x: x + 1)))
attempt("dataset iter", lambda: list(ArrayDataset(np.arange(3))))
attempt("base dataset", lambda: Dataset()[0])
attempt("base len", lambda: len(Dataset()))

attempt("random sampler len", lambda: len(smp.RandomSampler(4)))
attempt("filter sampler", lambda: list(smp.FilterSampler(lambda x: x % 2 == 1, SimpleDataset(list(range(6))))))
attempt("filter sampler len", lambda: len(smp.FilterSampler(lambda x: x > 1, SimpleDataset(list(range(6))))))
attempt("batch sampler default last", lambda: list(smp.BatchSampler(smp.SequentialSampler(5), 2)))
attempt("batch sampler len keep", lambda: len(smp.BatchSampler(smp.SequentialSampler(5), 2, "keep")))
attempt("batch sampler rollover len", lambda: len(smp.BatchSampler(smp.SequentialSampler(5), 2, "rollover")))
attempt("base sampler", lambda: list(smp.Sampler()))

ds = ArrayDataset(np.arange(10).reshape(5, 2).astype("float32"), np.arange(5))
dl = DataLoader(ds, batch_size=2)
attempt("dataloader iter twice", lambda: [len(list(dl)), len(list(dl))])
attempt("dataloader batch types", lambda: [type(b).__name__ for b in next(iter(dl))])
attempt("dataloader bad last_batch iter", lambda: len(list(DataLoader(ds, batch_size=2, last_batch="foo"))))
attempt("dataloader bad last_batch len", lambda: len(DataLoader(ds, batch_size=2, last_batch="foo")))
attempt("dataloader bad last_batch even", lambda: len(list(DataLoader(ds, batch_size=5, last_batch="foo"))))
attempt("dataloader last_batch with batch_sampler", lambda: DataLoader(ds, batch_sampler=smp.BatchSampler(smp.SequentialSampler(5), 2), last_batch="keep"))
attempt("dataloader sampler + shuffle False", lambda: len(DataLoader(ds, batch_size=2, sampler=smp.SequentialSampler(5))))
attempt("batchify dict", lambda: next(iter(DataLoader(SimpleDataset([{"a": 1}, {"a": 2}]), batch_size=2))))
attempt("batchify str", lambda: next(iter(DataLoader(SimpleDataset(["x", "y"]), batch_size=2))))
attempt("batchify bool", lambda: next(iter(DataLoader(SimpleDataset([True, False]), batch_size=2))))
attempt("batchify nested tuple", lambda: next(iter(DataLoader(SimpleDataset([((1, 2), 3), ((4, 5), 6)]), batch_size=2))))
attempt("batchify nd scalar", lambda: next(iter(DataLoader(ArrayDataset(nd.arange(4)), batch_size=2))))
attempt("batchify int8", lambda: next(iter(DataLoader(SimpleDataset([np.int8(1), np.int8(2)]), batch_size=2))))
attempt("batchify uint8 array", lambda: next(iter(DataLoader(SimpleDataset([np.ones(2, np.uint8)] * 2), batch_size=2))))
attempt("batchify list of np", lambda: next(iter(DataLoader(SimpleDataset([[np.ones(1), np.zeros(2)]] * 2), batch_size=2))))
attempt("batch ctx", lambda: str(next(iter(DataLoader(ds, batch_size=2)))[0].context))
attempt("pin", lambda: str(next(iter(DataLoader(ds, batch_size=2, pin_memory=True)))[0].context))
attempt("timeout arg", lambda: len(DataLoader(ds, batch_size=2, timeout=10)))
