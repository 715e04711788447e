# Padded batches in NLP: SequenceMask for masked mean pooling, SequenceLast, SequenceReverse, softmax with lengths,
# and a masked cross-entropy through sample weights
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(160)
B, T, D, V = 3, 5, 4, 7
tokens = nd.array([[1, 4, 2, 0, 0], [3, 3, 5, 6, 2], [2, 1, 0, 0, 0]])
lengths = nd.array([3, 5, 2])
emb = nn.Embedding(V, D)
emb.initialize(mx.init.Uniform(1.0))
x = emb(tokens)                       # (B, T, D)
tnc = x.transpose((1, 0, 2))
masked = nd.SequenceMask(tnc, sequence_length=lengths, use_sequence_length=True, value=0)
mean_pool = masked.sum(axis=0) / lengths.reshape((-1, 1))
print(mean_pool.asnumpy().tolist())
last = nd.SequenceLast(tnc, sequence_length=lengths, use_sequence_length=True)
print(last.asnumpy().tolist())
rev = nd.SequenceReverse(tnc, sequence_length=lengths, use_sequence_length=True)
print(rev[:, 2, 0].asnumpy().tolist(), rev[:, 0, 0].asnumpy().tolist())
print(nd.SequenceMask(tnc, sequence_length=lengths, use_sequence_length=True, value=-1, axis=0)[:, 2, 1]
      .asnumpy().tolist())
batch_major = nd.SequenceMask(x, sequence_length=lengths, use_sequence_length=True, value=9, axis=1)
print(batch_major[0, :, 0].asnumpy().tolist())
scores = nd.random.normal(shape=(B, T))
att = nd.softmax(scores, length=lengths.astype('int32'), use_length=True, axis=-1)
print(att.asnumpy().tolist())
mask = nd.broadcast_lesser(nd.arange(T).reshape((1, -1)), lengths.reshape((-1, 1)))
print(mask.asnumpy().tolist())
tagger = nn.Dense(V, flatten=False)
tagger.initialize(mx.init.Xavier())
trainer = gluon.Trainer(list(tagger.collect_params().values()) + list(emb.collect_params().values()),
                        'sgd', {'learning_rate': 0.5})
ce = gluon.loss.SoftmaxCrossEntropyLoss()
targets = nd.concat(tokens[:, 1:], nd.zeros((B, 1)), dim=1)
for step in range(5):
    with autograd.record():
        logits = tagger(emb(tokens))
        l = ce(logits, targets, mask.expand_dims(-1))
        loss = l.sum() / mask.sum()
    loss.backward()
    trainer.step(1)
    print(step, repr(loss.asscalar()), l.asnumpy().tolist())
print(emb.weight.grad()[0].asnumpy().tolist())
