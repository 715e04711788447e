# Multi-label tagging: SigmoidBCE with pos_weight, thresholded predictions, F1/MCC/TopK/Pearson/PCC metrics
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(33)
X = nd.random.normal(shape=(24, 6))
W = nd.random.normal(shape=(6, 4))
Y = (nd.dot(X, W) > 0.5).astype('float32')
print(Y.sum(axis=0).asnumpy().tolist())
net = nn.Dense(4)
net.initialize(mx.init.Xavier())
bce = gluon.loss.SigmoidBinaryCrossEntropyLoss()
pos_weight = nd.array([1.0, 2.0, 1.0, 3.0])
trainer = gluon.Trainer(net.collect_params(), 'ftml', {'learning_rate': 0.05})
for epoch in range(8):
    with autograd.record():
        out = net(X)
        loss = bce(out, Y, None, pos_weight)
    loss.backward()
    trainer.step(24)
    print(epoch, repr(loss.mean().asscalar()))
probs = nd.sigmoid(net(X))
pred = probs > 0.5
print(pred[:3].asnumpy().tolist())
for col in range(4):
    f1 = mx.metric.F1(average='micro')
    mcc = mx.metric.MCC(average='macro')
    two = nd.stack(1 - probs[:, col], probs[:, col], axis=1)
    f1.update([Y[:, col]], [two])
    mcc.update([Y[:, col]], [two])
    print(col, f1.get(), mcc.get())
pear = mx.metric.PearsonCorrelation()
pear.update([Y.reshape((-1,))], [probs.reshape((-1,))])
print(pear.get())
topk = mx.metric.TopKAccuracy(top_k=2)
topk.update([Y.argmax(axis=1)], [probs])
print(topk.get())
pcc = mx.metric.PCC()
pcc.update([Y.argmax(axis=1)], [probs])
print(pcc.get())
acc = mx.metric.Accuracy(axis=1)
acc.update([pred.reshape((-1,))], [nd.stack(1 - probs.reshape((-1,)), probs.reshape((-1,)), axis=1)])
print(acc.get(), acc.num_inst)
nll = mx.metric.NegativeLogLikelihood()
nll.update([Y[:, 0]], [nd.stack(1 - probs[:, 0], probs[:, 0], axis=1)])
print(nll.get())
