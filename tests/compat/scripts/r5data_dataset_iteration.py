# gluon.data: transform(lazy=False), filter and FilterSampler read a dataset by iterating it (indices
# 0, 1, ... until IndexError, whatever len() says); shard checks its arguments one by one.
import mxnet as mx
from mxnet.gluon.data import Dataset, SimpleDataset
from mxnet.gluon.data.sampler import FilterSampler


class Short(Dataset):
    """Claims 5 samples but holds 3."""
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 5


class Long(Short):
    """Claims 3 samples but holds 5."""
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * 10

    def __len__(self):
        return 3


class KeyFails(Short):
    def __getitem__(self, i):
        if i >= 3:
            raise KeyError(i)
        return i


for cls in (Short, Long):
    d = cls()
    t = d.transform(lambda x: x + 1, lazy=False)
    print(cls.__name__, "transform", type(t).__name__, len(t), list(t))
    f = d.filter(lambda x: x > 0)
    print(cls.__name__, "filter", len(f), list(f))
    s = FilterSampler(lambda x: x % 20 == 0, d)
    print(cls.__name__, "sampler", len(s), list(s))
    print(cls.__name__, "transform_first", list(d.transform_first(lambda x: -x, lazy=False)))

for what, fn in [("transform", lambda d: d.transform(abs, lazy=False)), ("filter", lambda d: d.filter(bool))]:
    try:
        fn(KeyFails())
        print(what, "ok")
    except Exception as e:
        print(what, type(e).__name__)

d = SimpleDataset(list(range(5)))
for args in [(2, 1), (3, 3), (0, 0), (-1, -2), (2, -1), (-3, -5), (5, 4)]:
    try:
        print("shard", args, list(d.shard(*args)))
    except AssertionError as e:
        print("shard", args, "AssertionError:", e)
