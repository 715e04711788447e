"""User metrics registered by name and alias, created, composed and serialized; the warnings of a name registered
again (MXNet's classes shown under their module names)."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import nd
from _words import words


def show(tag, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            print(tag, "->", repr(fn()))
        except Exception as e:  # noqa
            print(tag, "!!", words(e))
    for w in caught:
        print("   ", w.category.__name__, repr(str(w.message)))


@mx.metric.register
@mx.metric.alias("hits", "Top1")
class Hits(mx.metric.EvalMetric):
    def __init__(self, name="hits", **kwargs):
        super(Hits, self).__init__(name, **kwargs)

    def update(self, labels, preds):
        for label, pred in zip(labels, preds):
            self.sum_metric += float((pred.argmax(axis=1) == label).sum().asscalar())
            self.num_inst += label.shape[0]


class Doubled(mx.metric.EvalMetric):
    def __init__(self):
        super().__init__("doubled", has_global_stats=True)

    def update(self, labels, preds):
        self.sum_metric += 1
        self.global_sum_metric += 2
        self.num_inst += 1
        self.global_num_inst += 1


label = nd.array([0, 1, 1])
pred = nd.array([[.2, .8], [.9, .1], [.4, .6]])
for spec in ("hits", "Hits", "HITS", "top1", "Top1"):
    def made():
        m = mx.metric.create(spec)
        m.update([label], [pred])
        return type(m).__name__, m.name, m.get(), m.get_global(), m.get_config(), str(m)
    show(f"create {spec}", made)
show("extra kwargs", lambda: mx.metric.create("hits", output_names=["out"], scale=3).get_config())
show("has_global_stats", lambda: (lambda m: (m.update([label], [pred]), m.get_global_name_value()))(
    mx.metric.create("hits", has_global_stats=True)))
d = Doubled()
d.update(None, None)
show("own globals", lambda: (d.get(), d.get_global(), d.get_name_value(), d.get_global_name_value()))
d.reset_local()
show("own globals reset_local", lambda: (d.get(), d.get_global()))
c = mx.metric.CompositeEvalMetric([Hits(), Doubled(), "acc"])
show("composite", lambda: (c.update([label], [pred]), c.get(), c.get_global(), str(c)))
show("composite config", lambda: [cfg["metric"] for cfg in c.get_config()["metrics"]])

show("register again", lambda: mx.metric.register(Hits).__name__)
show("alias a built-in name", lambda: mx.metric.alias("acc", "mse")(Hits).__name__)
show("create acc now", lambda: type(mx.metric.create("acc")).__name__)
show("built-in over built-in", lambda: mx.metric.alias("mae")(mx.metric.RMSE).__name__)
show("register a function", lambda: mx.metric.register(lambda: 1))
show("register a non-metric", lambda: mx.metric.register(dict))


@mx.optimizer.Optimizer.register
class SGD(mx.optimizer.Optimizer):
    pass


show("optimizer registered again", lambda: mx.optimizer.Optimizer.register(mx.optimizer.Adam).__name__)
show("optimizer over a user one", lambda: mx.optimizer.Optimizer.register(SGD).__name__)
