"""Data loaders, batch samplers and composite metrics given odd option values: what they print and which
Python error MXNet's own formatting and comparisons raise."""
import numpy as np
import mxnet as mx
from mxnet import gluon, metric
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


ds = gluon.data.ArrayDataset(mx.nd.arange(10).reshape((5, 2)))
for last in ["keep", "discard", "rollover", "x", (2, 2), (0,), ("keep",), None, 3]:
    attempt(f"BatchSampler last_batch={last!r}", lambda: list(gluon.data.BatchSampler(
        gluon.data.SequentialSampler(5), 2, last)))
    attempt(f"DataLoader last_batch={last!r}", lambda: [b.shape for b in gluon.data.DataLoader(ds, 2,
                                                                                               last_batch=last)])
for workers in [None, "a", (2, 2), [], -3, 0]:
    attempt(f"DataLoader num_workers={workers!r}", lambda: [b.shape for b in gluon.data.DataLoader(
        ds, 2, num_workers=workers)])
np.random.seed(3)
print([b.asnumpy().tolist() for b in gluon.data.DataLoader(ds, batch_size=2, shuffle=True)])
np.random.seed(5)
print(list(gluon.data.RandomSampler(6)))
for i, metrics in enumerate([None, [], 0, "acc", ["acc", "mse"], ("f1",), [metric.Accuracy(), "mae"]]):
    attempt(f"CompositeEvalMetric case {i}", lambda: (str(metric.CompositeEvalMetric(metrics)),
                                                          metric.CompositeEvalMetric(metrics).get()))
