# Word2vec-style skip-gram with negative sampling on a toy corpus: center/context Embeddings, batch_dot, SigmoidBCE
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn
import numpy as np

corpus = "the cat sat on the mat the dog sat on the log a cat and a dog".split()
vocab = sorted(set(corpus))
idx = {w: i for i, w in enumerate(vocab)}
ids = [idx[w] for w in corpus]
print(len(vocab), vocab)
pairs = []
for pos, c in enumerate(ids):
    for off in (-1, 1):
        if 0 <= pos + off < len(ids):
            pairs.append((c, ids[pos + off]))
print(len(pairs), pairs[:6])

mx.random.seed(3)
K = 2
centers = nd.array([p[0] for p in pairs])
positives = nd.array([p[1] for p in pairs]).reshape((-1, 1))
negatives = nd.random.randint(0, len(vocab), shape=(len(pairs), K)).astype('float32')
contexts = nd.concat(positives, negatives, dim=1)
labels = nd.concat(nd.ones((len(pairs), 1)), nd.zeros((len(pairs), K)), dim=1)
print(contexts[:3].asnumpy().tolist())

emb_in = nn.Embedding(len(vocab), 4)
emb_out = nn.Embedding(len(vocab), 4)
emb_in.initialize(mx.init.Uniform(0.5))
emb_out.initialize(mx.init.Uniform(0.5))
params = emb_in.collect_params()
params.update(emb_out.collect_params())
trainer = gluon.Trainer(params, 'adam', {'learning_rate': 0.05})
loss_fn = gluon.loss.SigmoidBinaryCrossEntropyLoss()
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(centers, contexts, labels), batch_size=8)
for epoch in range(3):
    total = 0.0
    for c, ctx, lab in loader:
        with autograd.record():
            v = emb_in(c).expand_dims(1)
            u = emb_out(ctx)
            score = nd.batch_dot(v, u, transpose_b=True).reshape(lab.shape)
            loss = loss_fn(score, lab)
        loss.backward()
        trainer.step(c.shape[0])
        total += loss.sum().asscalar()
    print(epoch, repr(total))

W = emb_in.weight.data()
norm = W / nd.norm(W, axis=1, keepdims=True)
sims = nd.dot(norm, norm[idx['cat']])
top = nd.topk(sims, k=3, ret_typ='indices').asnumpy().astype(np.int64).tolist()
print([vocab[i] for i in top])
print(sims.asnumpy().tolist())
