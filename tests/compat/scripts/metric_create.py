# metric.create with names, lists, callables, instances; CompositeEvalMetric; np() custom metrics.
import mxnet as mx, numpy as np

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

for name in ['acc', 'accuracy', 'ce', 'f1', 'mae', 'mse', 'rmse', 'top_k_accuracy', 'top_k_acc',
             'nll_loss', 'loss', 'pearsonr', 'mcc', 'pcc', 'composite', 'Accuracy', 'ACC', 'perplexity']:
    try:
        kw = {'top_k': 2} if 'top_k' in name else ({'ignore_label': None} if name == 'perplexity' else {})
        m = mx.metric.create(name, **kw)
        print(name, type(m).__name__, m.name)
    except Exception as e:
        print(name, 'ERR', type(e).__name__)
t(lambda: mx.metric.create('nosuch'))
t(lambda: mx.metric.create(3))
c = mx.metric.create(['acc', 'mse'])
print(type(c).__name__, c.name, [type(m).__name__ for m in c.metrics])
pred = mx.nd.array([[0.3, 0.7], [0.6, 0.4], [0.1, 0.9]])
label = mx.nd.array([1, 1, 0])
c.update([label], [pred])
print(c.get())
print(c.get_name_value())
print(c.get_global())
print(str(c))
c.reset()
print(c.get())
c2 = mx.metric.CompositeEvalMetric()
c2.add('acc'); c2.add(mx.metric.F1())
c2.add(mx.metric.create('top_k_accuracy', top_k=2))
c2.update([label], [pred])
print(c2.get())
print(type(c2.get_metric(1)).__name__)
t(lambda: c2.get_metric(5))
print(c2.get_config())
c3 = mx.metric.CompositeEvalMetric(metrics=['acc', 'ce'], name='cc')
print(c3.name, c3.get())
def mymetric(label, pred):
    return np.abs(label - pred.argmax(axis=1)).sum()
cm = mx.metric.create(mymetric)
print(type(cm).__name__, cm.name)
cm.update([label], [pred])
print(cm.get())
cm2 = mx.metric.np(mymetric)
print(cm2.name)
cm2.update([label], [pred]); cm2.update([label], [pred])
print(cm2.get(), cm2.num_inst)
cm3 = mx.metric.np(lambda l, p: (float((l == p.argmax(1)).sum()), l.size), name='tup')
cm3.update([label], [pred])
print(cm3.name, cm3.get())
cm4 = mx.metric.CustomMetric(lambda l, p: 1.0)
print(cm4.name)
t(lambda: cm4.update([label], [pred, pred]))
cm5 = mx.metric.CustomMetric(lambda l, p: 1.0, allow_extra_outputs=True, name='x')
cm5.update([label], [pred, pred]); print(cm5.get())
t(lambda: cm5.get_config())
m = mx.metric.create(mx.metric.Accuracy())
print(type(m).__name__)
ml = mx.metric.create([mx.metric.Accuracy(), mymetric])
print([x.name for x in ml.metrics])
a = mx.metric.Accuracy(output_names=['out'], label_names=['lab'])
a.update_dict({'lab': label, 'other': label}, {'out': pred, 'x': pred})
print(a.get())
print(a.get_config())
@mx.metric.register
class MyAcc(mx.metric.Accuracy):
    pass
print(type(mx.metric.create('myacc')).__name__)
print(mx.metric.check_label_shapes([1, 2], [3, 4]))
t(lambda: mx.metric.check_label_shapes([1, 2], [3]))
t(lambda: mx.metric.check_label_shapes(mx.nd.zeros((2, 3)), mx.nd.zeros((2, 3)), shape=True))
t(lambda: mx.metric.check_label_shapes(np.zeros((2, 3)), np.zeros((3, 2)), shape=True))
