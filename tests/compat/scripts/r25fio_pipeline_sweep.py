# Random gluon.data pipelines: ArrayDataset/SimpleDataset/raw arrays through transform, transform_first, shard,
# take, filter and sample, then DataLoader with batch_size, last_batch, sampler, batch_sampler, shuffle,
# pin_memory and batchify_fn; every first/last sample, batch and len() over one or two epochs.
# recorded on AVX2
import mxnet as mx
import numpy as np
from mxnet.gluon import data as gd
from _words import words

DTYPES = ["float32", "float64", "int32", "uint8", "float16", "int64", "bool"]


def npa(x):
    return x.asnumpy() if isinstance(x, mx.nd.NDArray) else np.asarray(x)


def show(x):
    if isinstance(x, mx.nd.NDArray):
        return f"{type(x).__name__}{x.shape}{np.dtype(x.dtype).name}@{x.context}{x.asnumpy().ravel()[:6].tolist()}"
    if isinstance(x, np.ndarray):
        return f"np{x.shape}{x.dtype}{x.ravel()[:6].tolist()}"
    if isinstance(x, (list, tuple)):
        return type(x).__name__[0] + "[" + ",".join(show(y) for y in x) + "]"
    return f"{type(x).__name__}:{x!r}"


def arr(rs, n):
    shape = (n,) + tuple(int(s) for s in rs.randint(1, 4, size=rs.randint(0, 3)))
    dtype = DTYPES[rs.randint(len(DTYPES))]
    a = (np.arange(int(np.prod(shape))) % 50).reshape(shape).astype(dtype)
    kind = rs.randint(4)
    if kind == 1:
        return mx.nd.array(a, dtype=dtype)
    if kind == 2:
        return a.tolist()
    if kind == 3:
        return [tuple(r) if isinstance(r, list) else r for r in a.tolist()]
    return a


def dataset(rs, n):
    kind = rs.randint(5)
    if kind == 0:
        return "Array1", gd.ArrayDataset(arr(rs, n))
    if kind == 1:
        return "Array2", gd.ArrayDataset(arr(rs, n), arr(rs, n))
    if kind == 2:
        return "Array3", gd.ArrayDataset(arr(rs, n), arr(rs, n), arr(rs, n))
    if kind == 3:
        return "Simple", gd.SimpleDataset(arr(rs, n))
    return "raw", arr(rs, n)


FNS = [("x*2", lambda *a: tuple(x * 2 for x in a) if len(a) > 1 else a[0] * 2),
       ("first", lambda *a: a[0]),
       ("nd", lambda *a: (mx.nd.array(npa(a[0])),) + a[1:] if len(a) > 1 else mx.nd.array(npa(a[0]))),
       ("tolist", lambda *a: (npa(a[0]).tolist(),) + a[1:] if len(a) > 1 else npa(a[0]).tolist()),
       ("float", lambda *a: float(npa(a[0]).ravel()[0]))]


def even_first(sample):
    return int(npa(sample[0] if isinstance(sample, tuple) else sample).ravel()[0]) % 2 == 0


def chain(rs, ds):
    ops = []
    for _ in range(rs.randint(0, 3)):
        if not isinstance(ds, gd.Dataset):
            break
        kind, lazy = rs.randint(6), bool(rs.randint(2))
        if kind == 0:
            name, fn = FNS[rs.randint(len(FNS))]
            ds, op = ds.transform(fn, lazy=lazy), f"transform({name},{lazy})"
        elif kind == 1:
            name, fn = FNS[rs.randint(4)]
            ds, op = ds.transform_first(lambda x, fn=fn: fn(x), lazy=lazy), f"transform_first({name},{lazy})"
        elif kind == 2:
            k, i = int(rs.randint(1, 4)), int(rs.randint(-1, 4))
            ops.append(f"shard({k},{i})")
            ds, op = ds.shard(k, i), None
        elif kind == 3:
            k = [None, 0, 1, 3, 20][rs.randint(5)]
            ds, op = ds.take(k), f"take({k})"
        elif kind == 4:
            ds, op = ds.filter(even_first), "filter(even)"
        else:
            ds, op = ds.sample(gd.SequentialSampler(max(0, len(ds) - 1))), "sample(seq)"
        if op:
            ops.append(op)
    return ops, ds


def loader_args(rs, ds):
    bs, kind = int(rs.randint(1, 5)), rs.randint(6)
    handles = ["keep", "discard", "rollover", "bad"]
    if kind == 0:
        kw = dict(batch_size=bs)
    elif kind == 1:
        kw = dict(batch_size=bs, last_batch=handles[rs.randint(4)])
    elif kind == 2:
        kw = dict(batch_size=bs, sampler=gd.SequentialSampler(len(ds)))
    elif kind == 3:
        kw = dict(batch_sampler=gd.BatchSampler(gd.SequentialSampler(len(ds)), bs, handles[rs.randint(3)]))
    elif kind == 4:
        kw = dict(batch_size=bs, shuffle=True)
    else:
        kw = dict(batch_size=bs, last_batch="rollover", shuffle=bool(rs.randint(2)))
    if rs.rand() < 0.1:
        kw["pin_memory"] = True
    if rs.rand() < 0.1:
        kw["batchify_fn"] = list
    return kw


for case in range(90):
    rs = np.random.RandomState(700000 + case)
    label = f"{case}"
    try:
        n = int(rs.randint(1, 8))
        name, ds = dataset(rs, n)
        ops, ds = chain(rs, ds)
        label += f" {name} n{n} {ops}"
        last = show(ds[len(ds) - 1]) if len(ds) else ""
        print(label, "len", len(ds), type(ds).__name__, "s0", show(ds[0]), "s-1", last)
        kw = loader_args(rs, ds)
        np.random.seed(case)
        loader = gd.DataLoader(ds, **kw)
        print(label, "kw", sorted(kw), "len", len(loader))
        for epoch in range(int(rs.randint(1, 3))):
            for i, batch in enumerate(loader):
                print(label, epoch, i, show(batch))
            print(label, epoch, "len", len(loader))
    except Exception as e:
        print(label, "ERR", words(e))
