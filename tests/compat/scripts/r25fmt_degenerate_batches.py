"""Metrics on degenerate batches: empty, a single value, infinities, NaN or out-of-range labels, scores beyond
float32: the values (every digit) and the RuntimeWarnings, in the words of MXNet's NumPy."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd
from _words import words


def run(tag, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = repr(fn())
        except Exception as e:  # noqa
            out = "raises " + words(e)
    print(tag, out, [str(w.message) for w in caught])


def session(make, batches):
    def go():
        m = make()
        for label, pred in batches:
            m.update([label], [pred])
        return m.get(), m.get_global()
    return go


for name in ("mae", "mse", "rmse", "pearsonr"):
    for dtype in ("float64", "float32", "float16", "int32"):
        for shape in ((0,), (0, 1), (0, 3)):
            empty = nd.array(np.zeros(shape), dtype=dtype)
            run(f"{name} empty {dtype}{shape}", session(lambda: mx.metric.create(name), [(empty, empty)] * 2))
        one = nd.array([2.5], dtype=dtype)
        run(f"{name} one {dtype}", session(lambda: mx.metric.create(name), [(one, one), (one, one * 2)]))
        run(f"{name} micro one {dtype}", session(lambda: mx.metric.PearsonCorrelation(average="micro"), [(one, one)]))

STREAMS = {"inf": [[np.inf, 1., 2.], [3., 1., 0.]], "-inf then inf": [[-np.inf, 1., 2.], [np.inf, 1., 0.]],
           "nan": [[np.nan, 1., 2.], [3., 1., 0.]], "huge": [[1e308, -1e308, 1e308], [1e308, 1e308, 0.]]}
for key, rows in STREAMS.items():
    for average in ("macro", "micro"):
        batches = [(nd.array(row, dtype="float64"), nd.array([0., 1., 2.], dtype="float64")) for row in rows]
        run(f"pearsonr {average} labels {key}", session(lambda: mx.metric.PearsonCorrelation(average=average), batches))
        batches = [(label, nd.array(row, dtype="float64")) for (label, _), row in zip(batches, rows[::-1])]
        run(f"pearsonr {average} preds {key}", session(lambda: mx.metric.PearsonCorrelation(average=average), batches))

SCORES = nd.array([[.2, .3, .5], [.1, .8, .1], [.3, .3, .4]])
PAIRS = nd.array([[.2, .8], [.9, .1], [.4, .6]])
LABELS = {"nan": [0, np.nan, 1], "inf": [0, np.inf, 1], "-inf": [1, -np.inf, 0], "3e9": [0, 3e9, 1], "1.9": [0, 1.9, 1]}
MAKERS = {"acc": (mx.metric.Accuracy, SCORES), "acc classes": (mx.metric.Accuracy, nd.array([0., np.nan, 1.])),
          "top_k 2": (lambda: mx.metric.TopKAccuracy(2), SCORES), "f1": (mx.metric.F1, PAIRS),
          "mcc micro": (lambda: mx.metric.MCC(average="micro"), PAIRS), "ce": (mx.metric.CrossEntropy, SCORES),
          "nll": (mx.metric.NegativeLogLikelihood, SCORES), "pcc": (mx.metric.PCC, SCORES),
          "pcc classes": (mx.metric.PCC, nd.array([0., np.nan, 2.])),
          "perplexity": (lambda: mx.metric.Perplexity(None), SCORES)}
for key, values in LABELS.items():
    for dtype in ("float32", "float64"):
        label = nd.array(values, dtype=dtype)
        for name, (make, pred) in MAKERS.items():
            run(f"{name} label {key} {dtype}", session(make, [(label, pred)] * 2))
big = nd.array([[1e39, 2e39, 1.], [1., -1e300, 5e38]], dtype="float64")
run("top_k 2 beyond float32", session(lambda: mx.metric.TopKAccuracy(2), [(nd.array([1, 2]), big)]))
for dtype in ("float16", "float32", "float64"):
    zeros = nd.array([[0., 1.], [1., 0.], [0., 1.]], dtype=dtype)
    for ignore in (None, 1):
        run(f"perplexity zero probabilities {dtype} ignore={ignore}",
            session(lambda: mx.metric.Perplexity(ignore), [(nd.array([0, 1, 1]), zeros)] * 2))
