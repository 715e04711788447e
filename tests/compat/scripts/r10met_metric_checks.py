"""Metric argument checks fail as MXNet's: operator arg-max for Accuracy, bare or tuple asserts, JSON list specs."""
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        print(tag, "->", f())
    except Exception as e:  # noqa
        text = "" if type(e).__name__ == "MXNetError" else str(e).split("\n")[0]
        print(tag, "EXC", type(e).__name__, repr(text))


def updated(m, labels, preds):
    m.update(labels, preds)
    return m.get(), m.get_global(), m.num_inst


P3 = nd.array([[0.1, 0.2, 0.7], [0.5, 0.3, 0.2], [0.2, 0.5, 0.3], [0.3, 0.3, 0.4]])
L3 = nd.array([2, 1, 1, 0])
empty_label, empty_pred = nd.array(np.zeros((0,))), nd.array(np.zeros((0, 2)))
for axis in (1, 0, -1, 3):
    show(f"acc axis={axis}", lambda: updated(mx.metric.Accuracy(axis=axis), [L3], [P3]))
    show(f"acc empty axis={axis}", lambda: updated(mx.metric.Accuracy(axis=axis), [empty_label], [empty_pred]))
show("composite empty", lambda: updated(mx.metric.create(["acc", "mse"]), [empty_label], [empty_pred]))
show("acc 3-d axis=-1", lambda: updated(mx.metric.Accuracy(axis=-1), [nd.array([[1, 0], [0, 2]])],
                                        [nd.array(np.arange(12).reshape(2, 2, 3) % 4)]))
for labels in ([nd.array([1, 0])], [nd.array([[0, 1], [1, 1]])], [L3]):
    show("ce rows", lambda: updated(mx.metric.CrossEntropy(), labels, [P3]))
    show("nll rows", lambda: updated(mx.metric.NegativeLogLikelihood(), labels, [P3]))
show("ppl count", lambda: updated(mx.metric.Perplexity(None), [L3], [P3, P3]))
show("ppl ok", lambda: updated(mx.metric.Perplexity(1), [L3], [P3]))
show("topk 3-d", lambda: updated(mx.metric.TopKAccuracy(top_k=2), [L3], [nd.ones((4, 2, 2))]))
show("topk text k", lambda: mx.metric.TopKAccuracy(top_k="3"))
show("topk k=1", lambda: mx.metric.TopKAccuracy(top_k=1))
show("topk k=5", lambda: updated(mx.metric.TopKAccuracy(top_k=5), [L3], [P3]))
for spec in ('["acc"]', '["top_k_acc", {"top_k": 3}]', '["acc", {}, 1]', '{"metric": "mse", "name": "m"}', '["nosuch", {}]'):
    show(f"create {spec}", lambda: (lambda m: (type(m).__name__, m.name))(mx.metric.create(spec)))
