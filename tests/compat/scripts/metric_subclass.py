# User metric subclasses: local/global statistics, registration with aliases, custom get().
import mxnet as mx, numpy as np

class Count(mx.metric.EvalMetric):
    def __init__(self, name='count', **kw):
        super(Count, self).__init__(name, **kw)
    def update(self, labels, preds):
        for l in labels:
            self.sum_metric += l.asnumpy().sum()
            self.num_inst += l.size

c = Count()
c.update([mx.nd.array([1, 2, 3])], [None]); c.update([mx.nd.array([4])], [None])
print(c.get(), c.get_global(), c.get_name_value(), c.get_global_name_value(), c.global_num_inst)
c.reset_local(); print(c.get(), c.get_global())
print(c.get_config())

class Both(mx.metric.EvalMetric):
    def __init__(self):
        super(Both, self).__init__('both', has_global_stats=True)
    def update(self, labels, preds):
        self.sum_metric += 2; self.num_inst += 1
        self.global_sum_metric += 3; self.global_num_inst += 1
b = Both(); b.update([], [])
print(b.get(), b.get_global(), b.get_config())
b.reset_local(); print(b.get(), b.get_global())

@mx.metric.register
@mx.metric.alias('twin', 'pair')
class Two(mx.metric.EvalMetric):
    def __init__(self, name='two'):
        super(Two, self).__init__(name)
    def update(self, labels, preds):
        self.sum_metric += 1; self.num_inst += 1
    def get(self):
        return (['a', 'b'], [1.0, 2.0])
for n in ['two', 'twin', 'PAIR']:
    print(type(mx.metric.create(n)).__name__)
t = mx.metric.create('twin')
print(t.get_name_value(), str(t))
comp = mx.metric.CompositeEvalMetric([t, 'acc'])
print(comp.get())
