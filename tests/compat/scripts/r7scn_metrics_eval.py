# Evaluation metrics as used in training scripts: composite, top-k, F1/MCC, perplexity, custom metric, get_name_value
import numpy as np
import mxnet as mx
from mxnet import nd

np.random.seed(11)
logits = nd.array(np.random.randn(12, 4))
labels = nd.array(np.random.randint(0, 4, size=(12,)))
probs = nd.softmax(logits)

comp = mx.metric.CompositeEvalMetric()
comp.add(mx.metric.Accuracy())
comp.add(mx.metric.TopKAccuracy(top_k=2))
comp.add(mx.metric.CrossEntropy())
comp.add(mx.metric.Perplexity(ignore_label=None))
for i in range(0, 12, 4):
    comp.update([labels[i:i + 4]], [probs[i:i + 4]])
for name, value in comp.get_name_value():
    print(name, repr(value))

bin_pred = nd.array([[0.3, 0.7], [0.6, 0.4], [0.1, 0.9], [0.8, 0.2], [0.45, 0.55], [0.2, 0.8]])
bin_lab = nd.array([1, 0, 0, 0, 1, 1])
for m in [mx.metric.F1(), mx.metric.F1(average='micro'), mx.metric.MCC(), mx.metric.Accuracy()]:
    m.update([bin_lab], [bin_pred])
    m.update([bin_lab[:3]], [bin_pred[3:]])
    print(m.name, repr(m.get()[1]))


def neg_mae(label, pred):
    return -np.abs(label - pred.ravel()).mean()


cm = mx.metric.create(neg_mae)
cm.update([nd.array([1, 2, 3])], [nd.array([1.5, 2, 2])])
cm.update([nd.array([0, 0])], [nd.array([0.25, -0.25])])
print(cm.get())
cm2 = mx.metric.np(neg_mae, name='negmae', allow_extra_outputs=True)
cm2.update([nd.array([1, 2])], [nd.array([1, 1]), nd.array([9, 9])])
print(cm2.get())

reg = mx.metric.create(['mae', 'rmse', 'mse'])
reg.update([nd.array([[1.0], [2.0], [4.0]])], [nd.array([[1.5], [1.0], [4.0]])])
print(reg.get())
pc = mx.metric.PearsonCorrelation()
pc.update([nd.array([1, 2, 3, 4])], [nd.array([1.1, 1.9, 3.5, 3.9])])
print(pc.get())
acc = mx.metric.Accuracy(axis=1)
acc.update(labels, probs)
print(acc.get(), acc.num_inst, acc.sum_metric)
loss_m = mx.metric.Loss()
loss_m.update(None, [nd.array([0.5, 1.5]), nd.array([2.0])])
print(loss_m.get())
