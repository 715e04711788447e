# Metric edge cases: numpy inputs, dtypes, shapes, global stats, micro averages, name/value accessors.
import mxnet as mx, numpy as np

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

def run(m, labels, preds):
    try:
        m.update(labels, preds)
        print(m.name, m.get(), m.get_global(), m.num_inst, m.global_num_inst, type(m.sum_metric).__name__)
    except Exception as e:
        print(m.name, 'ERR', type(e).__name__)

pn = np.array([[0.3, 0.7], [0.6, 0.4], [0.1, 0.9]], dtype='float32'); ln = np.array([1, 1, 0])
for cls in [mx.metric.Accuracy, mx.metric.F1, mx.metric.MCC, mx.metric.CrossEntropy, mx.metric.MAE, mx.metric.PCC]:
    run(cls(), [ln], [pn])
run(mx.metric.TopKAccuracy(top_k=2), [ln], [pn])
run(mx.metric.Accuracy(), [mx.nd.array([1, 2, 0, 1])], [mx.nd.array([1, 2, 1, 1])])
run(mx.metric.Accuracy(), [mx.nd.array([[1], [0]])], [mx.nd.array([[0.2, 0.8], [0.7, 0.3]])])
run(mx.metric.Accuracy(), [mx.nd.array([1, 0], dtype='int32')], [mx.nd.array([[0.2, 0.8], [0.7, 0.3]], dtype='float64')])
run(mx.metric.Accuracy(), [mx.nd.array([1, 0, 1])], [mx.nd.array([[0.2, 0.8], [0.7, 0.3]])])
run(mx.metric.Accuracy(axis=-1), [mx.nd.array([[1, 0], [0, 2]])], [mx.nd.array(np.random.RandomState(0).rand(2, 2, 3))])
run(mx.metric.TopKAccuracy(top_k=3), [mx.nd.array([1, 0])], [mx.nd.array([[0.2, 0.8], [0.7, 0.3]])])
run(mx.metric.TopKAccuracy(top_k=2), [mx.nd.array([1, 0, 3])], [mx.nd.array([0.2, 0.8, 0.7])])
run(mx.metric.TopKAccuracy(top_k=2), [mx.nd.array([1])], [mx.nd.array(np.zeros((1, 2, 2)))])
for avg in ['macro', 'micro']:
    m = mx.metric.PearsonCorrelation(average=avg)
    run(m, [mx.nd.array([1, 2, 3, 4])], [mx.nd.array([1.1, 2.3, 2.9, 4.2])])
    run(m, [mx.nd.array([[1, 0], [0, 1]])], [mx.nd.array([[0.5, 0.5], [0.2, 0.9]])])
    m.reset_local(); print(m.get(), m.get_global())
run(mx.metric.PearsonCorrelation(), [mx.nd.array([1, 2])], [mx.nd.array([1, 2, 3])])
run(mx.metric.MSE(), [mx.nd.array([[1, 2, 3]])], [mx.nd.array([[1, 2]])])
run(mx.metric.RMSE(), [mx.nd.array([1, 2, 3])], [mx.nd.array([[1], [2], [4]])])
run(mx.metric.CrossEntropy(), [mx.nd.array([0, 1])], [mx.nd.array([[0.5, 0.5]])])
run(mx.metric.NegativeLogLikelihood(), [mx.nd.array([[0], [1]])], [mx.nd.array([[0.25, 0.75], [0.5, 0.5]])])
run(mx.metric.Loss(), None, mx.nd.array([[1, 2], [3, 4]], dtype='float64'))
run(mx.metric.F1(), [mx.nd.array([0, 0])], [mx.nd.array([[0.7, 0.3], [0.6, 0.4]])])
run(mx.metric.MCC(), [mx.nd.array([1, 1])], [mx.nd.array([[0.1, 0.9], [0.2, 0.8]])])
run(mx.metric.F1(), [mx.nd.array([0, 1])], [mx.nd.array([0, 1])])
m = mx.metric.Accuracy()
print(m.get_global_name_value(), m.get_name_value())
m.update([mx.nd.array([1])], [mx.nd.array([[0.1, 0.9]])])
print(m.get_global_name_value(), m.get_name_value(), str(m))
e = mx.metric.EvalMetric('base')
print(e.name, e.get(), e.num_inst, e.sum_metric, e.get_config())
t(lambda: e.update([1], [1]))
e2 = mx.metric.EvalMetric('x', output_names=['a'], label_names=['b'], foo=3)
print(e2.get_config())
print(mx.metric.Accuracy(name='my').get(), mx.metric.MSE(name='m2').name, mx.metric.create('acc', axis=0).axis)
m = mx.metric.F1(average='micro')
m.update([mx.nd.array([1, 0, 1])], [mx.nd.array([[0.1, 0.9], [0.2, 0.8], [0.9, 0.1]])])
print(m.get(), m.metrics.true_positives, m.metrics.false_positives, m.metrics.global_fscore, m.metrics.precision, m.metrics.recall)
m = mx.metric.create('f1', average='micro')
print(type(m).__name__, m.average)
c = mx.metric.CompositeEvalMetric(['acc', 'f1'])
c.update_dict({'l': mx.nd.array([1, 0])}, {'p': mx.nd.array([[0.1, 0.9], [0.8, 0.2]])})
print(c.get(), c.get_global_name_value())
c.reset_local(); print(c.get(), c.get_global())
