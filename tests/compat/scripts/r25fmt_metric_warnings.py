"""The RuntimeWarnings metrics give on degenerate batches (a single value, constant values, infinities), in the
words of MXNet's NumPy, with the values they come out as."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd


def run(tag, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = repr(fn())
        except Exception as e:  # noqa
            out = "raises " + type(e).__name__
    print(tag, out, [(w.category.__name__, str(w.message)) for w in caught])


VALUES = {"one": [1.5], "const": [1., 1., 1.], "ramp": [0., 1., 2.], "nan": [np.nan, 1., 2.], "inf": [np.inf, 1., 2.],
          "pair": [3., -1.]}
for average in ("macro", "micro"):
    for label in VALUES:
        for pred in VALUES:
            if len(VALUES[label]) != len(VALUES[pred]):
                continue

            def session():
                m = mx.metric.PearsonCorrelation(average=average)
                m.update([nd.array(VALUES[label])], [nd.array(VALUES[pred])])
                first = m.get()
                m.update([nd.array(VALUES[label], dtype="float64")], [nd.array(VALUES[pred], dtype="float16")])
                return first, m.get(), m.get_global()
            run(f"pearsonr {average} label={label} pred={pred}", session)

with np.errstate(all="ignore"):     # numpy's own modes are kept: nothing to say
    run("pearsonr micro ignored", lambda: (lambda m: (m.update([nd.ones(2)], [nd.ones(2)]), m.get())[1])(
        mx.metric.PearsonCorrelation(average="micro")))

PREDS = {"inf": [[np.inf, 1.], [1., 0.], [0., 1.]], "-inf,inf": [[-np.inf, 1.], [np.inf, 0.], [0., 1.]],
         "nan": [[np.nan, 1.], [1., 0.], [0., 1.]], "big": [[3e38, 3e38], [1., 0.], [0., 1.]]}
LABEL = nd.array([0, 0, 1])
for name in ("loss", "perplexity", "ce", "nll_loss", "mse", "mae", "rmse", "acc", "f1", "mcc", "pcc"):
    for key, pred in PREDS.items():
        for dtype in ("float32", "float64"):
            def session():
                m = mx.metric.create(name, **({"ignore_label": None} if name == "perplexity" else {}))
                m.update([LABEL], [nd.array(pred, dtype=dtype)])
                m.update([LABEL], [nd.array(pred, dtype=dtype)])
                return m.get(), m.get_global()
            run(f"{name} {key} {dtype}", session)
for key, pred in PREDS.items():
    for dtype in ("float32", "float64", "float16"):
        x = nd.array(pred, dtype=dtype) if key != "big" or dtype != "float16" else nd.ones((3, 2), dtype=dtype)
        run(f"nd sum/mean {key} {dtype}", lambda: (nd.sum(x).asscalar(), nd.mean(x).asscalar(),
                                                   nd.sum(x, axis=0).asnumpy().tolist(), nd.sum(x[0]).asscalar()))
