"""d2l-zh word2vec: subsampling, skip-gram with negative sampling (Embedding, batch_dot, masked sigmoid BCE)."""
import collections
import math
import random

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import data as gdata, loss as gloss, nn

mx.random.seed(23)
np.random.seed(23)
random.seed(23)

words = 'the cat sat on the mat the dog ate the cat food a bird sang on the tree'.split()
raw_dataset = [[words[random.randint(0, len(words) - 1)] for _ in range(random.randint(6, 12))] for _ in range(20)]
counter = collections.Counter([tk for st in raw_dataset for tk in st])
counter = dict(filter(lambda x: x[1] >= 2, counter.items()))
idx_to_token = [tk for tk, _ in counter.items()]
token_to_idx = {tk: idx for idx, tk in enumerate(idx_to_token)}
dataset = [[token_to_idx[tk] for tk in st if tk in token_to_idx] for st in raw_dataset]
num_tokens = sum([len(st) for st in dataset])
print(len(idx_to_token), num_tokens)


def discard(idx):
    return random.uniform(0, 1) < 1 - math.sqrt(1e-1 / counter[idx_to_token[idx]] * num_tokens)


subsampled_dataset = [[tk for tk in st if not discard(tk)] for st in dataset]
print(sum([len(st) for st in subsampled_dataset]))


def get_centers_and_contexts(dataset, max_window_size):
    centers, contexts = [], []
    for st in dataset:
        if len(st) < 2:
            continue
        centers += st
        for center_i in range(len(st)):
            window_size = random.randint(1, max_window_size)
            indices = list(range(max(0, center_i - window_size), min(len(st), center_i + 1 + window_size)))
            indices.remove(center_i)
            contexts.append([st[idx] for idx in indices])
    return centers, contexts


all_centers, all_contexts = get_centers_and_contexts(subsampled_dataset, 2)


def get_negatives(all_contexts, sampling_weights, K):
    all_negatives, neg_candidates, i = [], [], 0
    population = list(range(len(sampling_weights)))
    for contexts in all_contexts:
        negatives = []
        while len(negatives) < len(contexts) * K:
            if i == len(neg_candidates):
                i, neg_candidates = 0, random.choices(population, sampling_weights, k=int(1e3))
            neg, i = neg_candidates[i], i + 1
            if neg not in set(contexts):
                negatives.append(neg)
        all_negatives.append(negatives)
    return all_negatives


sampling_weights = [counter[w] ** 0.75 for w in idx_to_token]
all_negatives = get_negatives(all_contexts, sampling_weights, 3)


def batchify(data):
    max_len = max(len(c) + len(n) for _, c, n in data)
    centers, contexts_negatives, masks, labels = [], [], [], []
    for center, context, negative in data:
        cur_len = len(context) + len(negative)
        centers += [center]
        contexts_negatives += [context + negative + [0] * (max_len - cur_len)]
        masks += [[1] * cur_len + [0] * (max_len - cur_len)]
        labels += [[1] * len(context) + [0] * (max_len - len(context))]
    return (nd.array(centers).reshape((-1, 1)), nd.array(contexts_negatives), nd.array(masks), nd.array(labels))


x_1 = (1, [2, 2], [3, 3, 3, 3])
x_2 = (1, [2, 2, 2], [3, 3])
batch = batchify((x_1, x_2))
for name, data in zip(['centers', 'contexts_negatives', 'masks', 'labels'], batch):
    print(name, 'shape:', data.shape)
print(batch[1], batch[2])

dataset = gdata.ArrayDataset(all_centers, all_contexts, all_negatives)
print(len(dataset), type(dataset[0][0]), dataset[0])
data_iter = gdata.DataLoader(dataset, 16, shuffle=True, batchify_fn=batchify, num_workers=0)
for b in data_iter:
    print([d.shape for d in b])
    break

embed = nn.Embedding(input_dim=20, output_dim=4)
embed.initialize()
print(embed.weight)
x = nd.array([[1, 2, 3], [4, 5, 6]])
print(embed(x))
X = nd.ones((2, 1, 4))
Y = nd.ones((2, 4, 6))
print(nd.batch_dot(X, Y).shape)


def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center)
    u = embed_u(contexts_and_negatives)
    pred = nd.batch_dot(v, u.swapaxes(1, 2))
    return pred


loss = gloss.SigmoidBinaryCrossEntropyLoss()
pred = nd.array([[1.5, 0.3, -1, 2], [1.1, -0.6, 2.2, 0.4]])
label = nd.array([[1, 0, 1, 0]] * 2)
mask = nd.array([[1, 1, 1, 1], [1, 1, 0, 0]])
print(loss(pred, label, mask) * mask.shape[1] / mask.sum(axis=1))


def sigmd(x):
    return -math.log(1 / (1 + math.exp(-x)))


print('%.7f' % ((sigmd(1.5) + sigmd(-0.3) + sigmd(1) + sigmd(-2)) / 4))

embed_size = 8
net = nn.Sequential()
net.add(nn.Embedding(input_dim=len(idx_to_token), output_dim=embed_size),
        nn.Embedding(input_dim=len(idx_to_token), output_dim=embed_size))
print(net)
net.initialize(force_reinit=True)
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})
for epoch in range(3):
    l_sum, n = 0.0, 0
    for batch in data_iter:
        center, context_negative, mask, label = [data.as_in_context(mx.cpu()) for data in batch]
        with autograd.record():
            pred = skip_gram(center, context_negative, net[0], net[1])
            l = (loss(pred.reshape(label.shape), label, mask) * mask.shape[1] / mask.sum(axis=1))
        l.backward()
        trainer.step(batch_size=16)
        l_sum += l.sum().asscalar()
        n += l.size
    print('epoch %d, loss %.4f' % (epoch + 1, l_sum / n))


def get_similar_tokens(query_token, k, embed):
    W = embed.weight.data()
    x = W[token_to_idx[query_token]]
    cos = nd.dot(W, x) / (nd.sum(W * W, axis=1) * nd.sum(x * x) + 1e-9).sqrt()
    topk = nd.topk(cos, k=k + 1, ret_typ='indices').asnumpy().astype('int32')
    for i in topk[1:]:
        print('cosine sim=%.3f: %s' % (cos[i].asscalar(), (idx_to_token[i])))


get_similar_tokens('cat', 3, net[0])
print(net[0].weight.grad().shape, net[0].weight.grad()[:2])
sparse = nn.Embedding(10, 3, sparse_grad=True)
sparse.initialize()
with autograd.record():
    o = sparse(nd.array([[1, 3], [3, 5]]))
o.backward()
print(sparse.weight.grad().stype, sparse.weight.grad())
