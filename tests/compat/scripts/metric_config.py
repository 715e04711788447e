# get_config round trips through create, update_dict selections, json specs, registry aliases.
import mxnet as mx, json

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

for m in [mx.metric.Accuracy(axis=0, name='a0'), mx.metric.TopKAccuracy(top_k=3), mx.metric.F1(average='micro'),
          mx.metric.Perplexity(ignore_label=0), mx.metric.CrossEntropy(eps=1e-5), mx.metric.PearsonCorrelation(),
          mx.metric.Loss(name='l'), mx.metric.MCC(), mx.metric.PCC(), mx.metric.NegativeLogLikelihood()]:
    cfg = m.get_config()
    print(cfg)
    t(lambda: type(mx.metric.create(cfg)).__name__)
    t(lambda: mx.metric.create(cfg).name)
t(lambda: mx.metric.create('{"metric": "acc", "axis": 0}').axis)
t(lambda: mx.metric.create('["acc", {"axis": 0}]'))
t(lambda: mx.metric.create('acc', name='zz').name)
t(lambda: mx.metric.create(mx.metric.Accuracy(), name='zz'))
t(lambda: mx.metric.create(['acc', 'mse'], name='q'))
c = mx.metric.CompositeEvalMetric(['acc', 'mse'], output_names=['p'], label_names=['l'])
c.update_dict({'l': mx.nd.array([1, 0]), 'x': mx.nd.array([5, 5])}, {'p': mx.nd.array([[0.1, 0.9], [0.8, 0.2]]), 'q': mx.nd.ones((2, 2))})
print(c.get())
a = mx.metric.Accuracy(output_names=['p'])
t(lambda: a.update_dict({'l': mx.nd.array([1, 0])}, {'q': mx.nd.array([[0.1, 0.9], [0.8, 0.2]])}))
a = mx.metric.Accuracy()
a.update_dict({'l': mx.nd.array([1, 0])}, {'q': mx.nd.array([[0.1, 0.9], [0.8, 0.2]])})
print(a.get())
print(mx.metric.CompositeEvalMetric().get(), mx.metric.CompositeEvalMetric().get_name_value())
