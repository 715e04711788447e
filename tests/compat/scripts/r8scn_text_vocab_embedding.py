# Text preprocessing with mx.contrib.text: token counting, a Vocabulary with reserved tokens, a CustomEmbedding
# read from a local vector file, attached to a Gluon Embedding layer for a tiny classifier
import os
import tempfile
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.contrib import text

corpus = "the movie was great\nthe plot was thin\ngreat acting , thin plot\nthe the great"
counter = text.utils.count_tokens_from_str(corpus)
print(sorted(counter.items()))
vocab = text.vocab.Vocabulary(counter, most_freq_count=None, min_freq=1, unknown_token='<unk>',
                              reserved_tokens=['<pad>'])
print(len(vocab), vocab.idx_to_token[:6], vocab.token_to_idx['great'], vocab.unknown_token)
print(vocab.to_indices(['the', 'plot', 'zebra']), vocab.to_tokens([2, 3]))
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'vecs.txt')
with open(path, 'w') as f:
    f.write("the 0.1 0.2 0.3\ngreat 1.0 0.5 -0.5\nthin -1.0 0.25 0.5\nplot 0.0 -0.5 1.0\n")
vec = text.embedding.CustomEmbedding(path, elem_delim=' ', vocabulary=vocab)
print(vec.vec_len, len(vec), vec.idx_to_vec.shape)
print(vec.get_vecs_by_tokens(['great', 'zebra']).asnumpy().tolist())
print(vec.idx_to_vec[vocab.token_to_idx['plot']].asnumpy().tolist())
vec.update_token_vectors(['thin'], nd.array([[0.0, 0.0, 2.0]]))
print(vec.get_vecs_by_tokens('thin').asnumpy().tolist())

sentences = [line.split() for line in corpus.split('\n')]
labels = nd.array([1, 0, 1, 1])
T = max(len(s) for s in sentences)
ids = nd.array([vocab.to_indices(s) + [vocab.token_to_idx['<pad>']] * (T - len(s)) for s in sentences])
print(ids.asnumpy().tolist())
layer = gluon.nn.Embedding(len(vocab), vec.vec_len)
layer.initialize()
layer.weight.set_data(vec.idx_to_vec)
layer.weight.grad_req = 'null'
head = gluon.nn.Dense(2)
head.initialize(mx.init.Zero())
trainer = gluon.Trainer(head.collect_params(), 'sgd', {'learning_rate': 1.0})
for epoch in range(4):
    with autograd.record():
        pooled = layer(ids).mean(axis=1)
        loss = gluon.loss.SoftmaxCELoss()(head(pooled), labels)
    loss.backward()
    trainer.step(4)
    print(epoch, loss.asnumpy().tolist())
print(head.weight.data().asnumpy().tolist())
