# A Gluon training loop fed by mx.io.NDArrayIter with padding: the pad is dropped from loss and metric
import numpy as np
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

np.random.seed(10)
X = np.random.randn(22, 3).astype('float32')
y = (X.sum(axis=1) > 0).astype('float32')
it = mx.io.NDArrayIter(X, y, batch_size=8, last_batch_handle='pad')
net = nn.Dense(2, in_units=3)
net.initialize(mx.init.Uniform(0.2))
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.5, 'wd': 0.001})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
for epoch in range(3):
    it.reset()
    metric = mx.metric.Accuracy()
    seen = 0
    for batch in it:
        n = batch.data[0].shape[0] - batch.pad
        data, label = batch.data[0][:n], batch.label[0][:n]
        with autograd.record():
            out = net(data)
            l = loss_fn(out, label)
        l.backward()
        trainer.step(n)
        metric.update([label], [out])
        seen += n
    print(epoch, seen, metric.get(), net.bias.data().asnumpy().tolist())
print(net.weight.data().asnumpy().tolist())
it.reset()
preds = [net(b.data[0]).argmax(axis=1) for b in it]
print(nd.concat(*preds, dim=0)[:22].asnumpy().tolist())
