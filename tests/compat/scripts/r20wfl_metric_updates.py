"""Metrics as a training loop updates them: batch after batch, on lists of arrays from several devices, with
reset and reset_local between epochs, printed with every digit."""
import numpy as np
import mxnet as mx
from mxnet import nd

rs = np.random.RandomState(3)
batches = []
for n in (5, 6, 7):
    labels = rs.randint(0, 3, n)
    logits = rs.normal(size=(n, 3)).astype("float32")
    batches.append((nd.array(labels), nd.softmax(nd.array(logits)), nd.array(rs.normal(size=(n,)))))

METRICS = [lambda: mx.metric.Accuracy(), lambda: mx.metric.TopKAccuracy(top_k=2), lambda: mx.metric.CrossEntropy(),
           lambda: mx.metric.CrossEntropy(eps=1e-3), lambda: mx.metric.NegativeLogLikelihood(),
           lambda: mx.metric.Perplexity(ignore_label=None), lambda: mx.metric.Perplexity(ignore_label=1),
           lambda: mx.metric.F1(), lambda: mx.metric.F1(average="micro"), lambda: mx.metric.MCC(),
           lambda: mx.metric.MSE(), lambda: mx.metric.RMSE(), lambda: mx.metric.MAE(),
           lambda: mx.metric.PearsonCorrelation(), lambda: mx.metric.PCC(), lambda: mx.metric.Loss(),
           lambda: mx.metric.create(["acc", "ce", "nll_loss"])]
for make in METRICS:
    metric = make()
    binary = isinstance(metric, (mx.metric.F1, mx.metric.MCC))
    regression = isinstance(metric, (mx.metric.MSE, mx.metric.RMSE, mx.metric.MAE, mx.metric.PearsonCorrelation))
    out = []
    for epoch in range(2):
        metric.reset_local() if epoch else None
        for labels, probs, values in batches:
            if binary:
                labels = (labels > 0)
                probs = nd.concat(probs[:, :1], 1 - probs[:, :1], dim=1)
            if regression:
                metric.update([labels[:3], labels[3:]], [values[:3], values[3:]])
            elif isinstance(metric, mx.metric.Loss):
                metric.update(None, [values])
            else:
                metric.update([labels[:3], labels[3:]], [probs[:3], probs[3:]])
        out.append(repr(metric.get()))
        if hasattr(metric, "get_global"):
            out.append("global " + repr(metric.get_global()))
    metric.reset()
    out.append(repr(metric.get()))
    print(type(metric).__name__, " ; ".join(out))
