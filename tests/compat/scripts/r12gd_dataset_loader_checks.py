"""Dataset.shard's bound check prints its numbers as integers, and DataLoader compares timeout with 0 first (None is a TypeError)."""
import mxnet as mx
from mxnet.gluon.data import SimpleDataset, DataLoader

ds = SimpleDataset(list(range(7)))
for num_shards, index in [(2, 2.0), (2.0, 3), (3, 2.5), (3.5, 1)]:
    try:
        print(list(ds.shard(num_shards, index)))
    except (AssertionError, TypeError) as e:
        print(type(e).__name__ + ":", e)

for timeout in [None, 0, -1, 0.5]:
    try:
        print(len(DataLoader(ds, batch_size=2, timeout=timeout)))
    except (TypeError, AssertionError) as e:
        print(type(e).__name__ + ":", e)
