# Bag-of-words text classifier: a hand-built vocabulary, Embedding + mean pooling + Dense, AdaGrad, accuracy
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

sentences = ["good movie great fun", "bad plot awful acting", "great acting good story", "awful boring bad",
             "fun and good", "boring awful plot", "great great fun", "bad bad movie"]
labels = [1, 0, 1, 0, 1, 0, 1, 0]
vocab = {'<pad>': 0}
for s in sentences:
    for w in s.split():
        vocab.setdefault(w, len(vocab))
print(len(vocab), sorted(vocab.items())[:5])
maxlen = 4
ids = [[vocab[w] for w in s.split()] + [0] * (maxlen - len(s.split())) for s in sentences]
lengths = [len(s.split()) for s in sentences]
data = gluon.data.ArrayDataset(nd.array(ids), nd.array(lengths), nd.array(labels))
loader = gluon.data.DataLoader(data, batch_size=4)


class BoW(gluon.HybridBlock):
    def __init__(self, vocab_size, dim, **kwargs):
        super(BoW, self).__init__(**kwargs)
        with self.name_scope():
            self.embed = nn.Embedding(vocab_size, dim)
            self.out = nn.Dense(2)

    def hybrid_forward(self, F, tokens, length):
        e = self.embed(tokens)
        mask = F.expand_dims(tokens != 0, axis=2)
        pooled = F.broadcast_div(F.sum(F.broadcast_mul(e, mask), axis=1), F.expand_dims(length, axis=1))
        return self.out(pooled)


mx.random.seed(2)
net = BoW(len(vocab), 5)
net.initialize(mx.init.Normal(0.1))
net.hybridize()
trainer = gluon.Trainer(net.collect_params(), 'adagrad', {'learning_rate': 0.3})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
acc = mx.metric.Accuracy()
for epoch in range(6):
    acc.reset()
    total = 0.0
    for tok, ln, lab in loader:
        with autograd.record():
            out = net(tok, ln)
            l = loss_fn(out, lab)
        l.backward()
        trainer.step(tok.shape[0])
        acc.update(lab, out)
        total += l.sum().asscalar()
    print(epoch, repr(total), acc.get())
print(net.embed.weight.data()[vocab['good']].asnumpy().tolist())
print(net.embed.weight.grad()[0].asnumpy().tolist())
test = nd.array([[vocab['good'], vocab['fun'], 0, 0]])
print(nd.softmax(net(test, nd.array([2]))).asnumpy().tolist())
