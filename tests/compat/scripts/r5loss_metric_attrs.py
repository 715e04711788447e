# Metric details: MCC keeps its averaging and counts in private attributes (F1 in public ones); a float top_k
# is named by its integer part; a CustomMetric feval returning a tuple of other than two items fails with
# ValueError (unpacking); TopKAccuracy with labels that do not match the predictions' columns fails with
# AttributeError; the module of create / np / check_label_shapes
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        print(tag, f())
    except Exception as e:
        print(tag, type(e).__name__)


for cls in (mx.metric.F1, mx.metric.MCC):
    for avg in ("macro", "micro"):
        m = cls(average=avg)
        print(cls.__name__, avg, sorted(vars(m)))
        show("  average", lambda: m.average)
        show("  _average", lambda: m._average)
        m.update([nd.array([0, 1, 1, 0])], [nd.array([[0.2, 0.8], [0.3, 0.7], [0.9, 0.1], [0.6, 0.4]])])
        print("  get", m.get(), m.get_global(), m.num_inst, m.global_num_inst)
        stats = m.metrics if cls is mx.metric.F1 else m._metrics
        print("  counts", stats.true_positives, stats.false_positives, stats.false_negatives, stats.true_negatives)
        m.reset_local()
        print("  reset_local", m.get(), m.get_global())

for k in (2, 2.5, 3.9):
    m = mx.metric.TopKAccuracy(top_k=k)
    print("top_k", k, m.name, m.get_config())
    show("  update", lambda: m.update([nd.array([0, 1, 2])], [nd.array([[0.5, 0.3, 0.2], [0.1, 0.2, 0.7],
                                                                       [0.3, 0.3, 0.4]])]))
    print("  get", m.get())

m = mx.metric.TopKAccuracy(top_k=2)
show("topk 2-d labels", lambda: m.update([nd.array([[0.5, 1.5], [-1, 2]])], [nd.array([[0.4, 1.0], [-0.5, 3]])]))
show("topk 1-d pred, short labels", lambda: m.update([nd.array([0, 1, 2])], [nd.array([0, 1])]))
print("  get", m.get(), m.num_inst)

for fe in (lambda l, p: (1, 2, 3), lambda l, p: (1.5,), lambda l, p: (2.5, 4)):
    m = mx.metric.CustomMetric(fe)
    show("custom", lambda: m.update([nd.array([0, 1])], [nd.array([[0.2, 0.8], [0.5, 0.5]])]))
    print("  get", m.get(), m.num_inst)

print(len({f.__module__ for f in (mx.metric.create, mx.metric.np, mx.metric.check_label_shapes, mx.metric.Accuracy)}))

# a numpy label batch is iterated by rows: each row meets the whole prediction array, arg-maxed first
for pred in (nd.array([0.0, 1, 1, 0]), nd.array([[0.2, 0.8], [0.6, 0.4]])):
    m = mx.metric.Accuracy()
    show("acc numpy labels", lambda: m.update(np.array([0.0, 1, 1, 0], dtype="float32"), pred))
    show("acc numpy labels list", lambda: m.update([np.array([0.0, 1], dtype="float32")], [pred]))
    print("  get", m.get(), m.num_inst)
