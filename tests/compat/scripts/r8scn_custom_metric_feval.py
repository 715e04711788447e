# Custom metrics: mx.metric.CustomMetric over numpy feval, np() decorator, composite metrics, Module.score
import mxnet as mx
import numpy as np


def mape(label, pred):
    return float(np.mean(np.abs((label - pred.reshape(label.shape)) / label)))


def top2_hits(label, pred):
    top = np.argsort(pred, axis=1)[:, -2:]
    return float(sum(int(l) in row for l, row in zip(label, top))), len(label)


m1 = mx.metric.CustomMetric(mape, name='mape')
m2 = mx.metric.np(top2_hits, allow_extra_outputs=False)
m3 = mx.metric.CustomMetric(top2_hits, name='top2', allow_extra_outputs=True)
print(m1.name, m2.name, m3.name)
labels = mx.nd.array([1.0, 2.0, 4.0])
preds = mx.nd.array([1.5, 1.5, 5.0])
m1.update([labels], [preds])
print(m1.get())
cls_label = mx.nd.array([0, 2, 1, 1])
cls_pred = mx.nd.array([[0.5, 0.3, 0.2], [0.1, 0.2, 0.7], [0.6, 0.1, 0.3], [0.2, 0.5, 0.3]])
m2.update([cls_label], [cls_pred])
m3.update([cls_label], [cls_pred, cls_pred])
print(m2.get(), m3.get())
m2.update([cls_label[:2]], [cls_pred[:2]])
print(m2.get(), m2.get_global())
comp = mx.metric.CompositeEvalMetric()
comp.add(mx.metric.Accuracy())
comp.add(m2)
comp.add(mx.metric.create('ce'))
comp.update([cls_label], [cls_pred])
print(comp.get())
m2.reset()
print(m2.get())

mx.random.seed(2)
np.random.seed(2)
X = np.random.uniform(-1, 1, (20, 4)).astype('float32')
Y = (X[:, 0] + X[:, 1] > 0).astype('float32')
it = mx.io.NDArrayIter(X, Y, batch_size=5, label_name='softmax_label')
data = mx.sym.var('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=2, name='fc'), name='softmax')
mod = mx.mod.Module(net, context=mx.cpu())
mod.bind(it.provide_data, it.provide_label)
mod.init_params(mx.init.Xavier(rnd_type='gaussian', magnitude=1))
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 0.5})
for epoch in range(3):
    it.reset()
    for batch in it:
        mod.forward_backward(batch)
        mod.update()
    print(epoch, mod.score(it, mx.metric.CustomMetric(top2_hits, name='t2')),
          mod.score(it, ['acc', mx.metric.np(lambda l, p: float((p.argmax(1) != l).mean()))]))
