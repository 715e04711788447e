"""d2l-en word2vec: subsampling, centre/context windows and negative sampling with Python's random,
padded batches as mx.np arrays, ArrayDataset/DataLoader with a batchify_fn, Embedding, npx.batch_dot
skip-gram, masked SigmoidBCELoss, Adam training and cosine-similarity neighbours with npx.topk."""
import collections, math, random
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)

words = ['the', 'a', 'of', 'cat', 'dog', 'sat', 'on', 'mat', 'ran', 'fast', 'slow', 'red', 'big', 'small', 'car']
sentences = [[random.choice(words[:3] if random.random() < 0.4 else words) for _ in range(random.randint(5, 12))]
             for _ in range(40)]


class Vocab:
    def __init__(self, tokens, min_freq=0):
        counter = collections.Counter(t for line in tokens for t in line)
        self.token_freqs = sorted(counter.items(), key=lambda x: x[1], reverse=True)
        self.idx_to_token = ['<unk>']
        self.token_to_idx = {'<unk>': 0}
        for token, freq in self.token_freqs:
            if freq >= min_freq and token not in self.token_to_idx:
                self.idx_to_token.append(token)
                self.token_to_idx[token] = len(self.idx_to_token) - 1

    def __len__(self):
        return len(self.idx_to_token)

    def __getitem__(self, tokens):
        if not isinstance(tokens, (list, tuple)):
            return self.token_to_idx.get(tokens, 0)
        return [self.__getitem__(token) for token in tokens]

    def to_tokens(self, indices):
        return [self.idx_to_token[index] for index in indices]


vocab = Vocab(sentences, min_freq=2)
counter = collections.Counter([vocab.idx_to_token[t] for line in [vocab[l] for l in sentences] for t in line])


def subsample(sentences, vocab):
    sentences = [[token for token in line if vocab[token] != 0] for line in sentences]
    counter = collections.Counter([token for line in sentences for token in line])
    num_tokens = sum(counter.values())
    def keep(token):
        return (random.uniform(0, 1) < math.sqrt(1e-1 / counter[token] * num_tokens))
    return ([[token for token in line if keep(token)] for line in sentences], counter)


subsampled, counter = subsample(sentences, vocab)
corpus = [vocab[line] for line in subsampled]
print(len(vocab), sum(len(l) for l in corpus), corpus[0])


def get_centers_and_contexts(corpus, max_window_size):
    centers, contexts = [], []
    for line in corpus:
        if len(line) < 2:
            continue
        centers += line
        for i in range(len(line)):
            window_size = random.randint(1, max_window_size)
            indices = list(range(max(0, i - window_size), min(len(line), i + 1 + window_size)))
            indices.remove(i)
            contexts.append([line[idx] for idx in indices])
    return centers, contexts


all_centers, all_contexts = get_centers_and_contexts(corpus, 3)


class RandomGenerator:
    def __init__(self, sampling_weights):
        self.population = list(range(1, len(sampling_weights) + 1))
        self.sampling_weights = sampling_weights
        self.candidates = []
        self.i = 0

    def draw(self):
        if self.i == len(self.candidates):
            self.candidates = random.choices(self.population, self.sampling_weights, k=10000)
            self.i = 0
        self.i += 1
        return self.candidates[self.i - 1]


def get_negatives(all_contexts, vocab, counter, K):
    sampling_weights = [counter[vocab.to_tokens([i])[0]] ** 0.75 for i in range(1, len(vocab))]
    all_negatives, generator = [], RandomGenerator(sampling_weights)
    for contexts in all_contexts:
        negatives = []
        while len(negatives) < len(contexts) * K:
            neg = generator.draw()
            if neg not in contexts:
                negatives.append(neg)
        all_negatives.append(negatives)
    return all_negatives


all_negatives = get_negatives(all_contexts, vocab, counter, 3)


def batchify(data):
    max_len = max(len(c) + len(n) for _, c, n in data)
    centers, contexts_negatives, masks, labels = [], [], [], []
    for center, context, negative in data:
        cur_len = len(context) + len(negative)
        centers += [center]
        contexts_negatives += [context + negative + [0] * (max_len - cur_len)]
        masks += [[1] * cur_len + [0] * (max_len - cur_len)]
        labels += [[1] * len(context) + [0] * (max_len - len(context))]
    return (np.array(centers).reshape((-1, 1)), np.array(contexts_negatives), np.array(masks), np.array(labels))


x_1 = (1, [2, 2], [3, 3, 3, 3])
x_2 = (1, [2, 2, 2], [3, 3])
batch = batchify((x_1, x_2))
names = ['centers', 'contexts_negatives', 'masks', 'labels']
for name, data in zip(names, batch):
    print(name, '=', data, data.dtype)

dataset = gluon.data.ArrayDataset(all_centers, all_contexts, all_negatives)
data_iter = gluon.data.DataLoader(dataset, 16, shuffle=True, batchify_fn=batchify, num_workers=0)
for batch in data_iter:
    for name, data in zip(names, batch):
        print(name, 'shape:', data.shape, data.dtype)
    break
worker_iter = gluon.data.DataLoader(dataset, 16, shuffle=False, batchify_fn=batchify, num_workers=2)
for batch in worker_iter:      # batches from worker processes come back in shared memory
    print([(type(d).__name__, d.shape, d.ctx) for d in batch])
    break

embed = nn.Embedding(input_dim=20, output_dim=4)
embed.initialize()
print(embed.weight)
x = np.array([[1, 2, 3], [4, 5, 6]])
print(embed(x))


def skip_gram(center, contexts_and_negatives, embed_v, embed_u):
    v = embed_v(center)
    u = embed_u(contexts_and_negatives)
    pred = npx.batch_dot(v, u.swapaxes(1, 2))
    return pred


print(skip_gram(np.ones((2, 1)), np.ones((2, 4)), embed, embed).shape)
loss = gluon.loss.SigmoidBCELoss()
pred = np.array([[1.1, -2.2, 3.3, -4.4]] * 2)
label = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
mask = np.array([[1, 1, 1, 1], [1, 1, 0, 0]])
print(loss(pred, label, mask) * mask.shape[1] / mask.sum(axis=1))


def sigmd(x):
    return -math.log(1 / (1 + math.exp(-x)))


print(f'{(sigmd(1.1) + sigmd(2.2) + sigmd(-3.3) + sigmd(4.4)) / 4:.4f}')
print(f'{(sigmd(-1.1) + sigmd(-2.2)) / 2:.4f}')

embed_size = 6
net = nn.Sequential()
net.add(nn.Embedding(input_dim=len(vocab), output_dim=embed_size),
        nn.Embedding(input_dim=len(vocab), output_dim=embed_size))
print(net)
net.initialize(ctx=mx.cpu(), force_reinit=True)
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})
for epoch in range(2):
    tot, cnt = 0.0, 0
    for i, batch in enumerate(data_iter):
        center, context_negative, mask, label = [data.as_in_ctx(mx.cpu()) for data in batch]
        with autograd.record():
            pred = skip_gram(center, context_negative, net[0], net[1])
            l = (loss(pred.reshape(label.shape), label, mask) * mask.shape[1] / mask.sum(axis=1))
        l.backward()
        trainer.step(center.shape[0])
        tot += float(l.sum()); cnt += l.size
    print(f'epoch {epoch}: loss {tot / cnt:.4f}, {cnt} pairs')


def get_similar_tokens(query_token, k, embed):
    W = embed.weight.data()
    x = W[vocab[query_token]]
    cos = np.dot(W, x) / np.sqrt(np.sum(W * W, axis=1) * np.sum(x * x) + 1e-9)
    topk = npx.topk(cos, k=k + 1, ret_typ='indices').asnumpy().astype('int32')
    for i in topk[1:]:
        print(f'cosine sim={float(cos[i]):.3f}: {vocab.to_tokens([i])}')
    return cos


cos = get_similar_tokens('cat', 3, net[0])
print(cos.shape, cos.dtype)
print(npx.topk(cos, k=3, ret_typ='indices').dtype, npx.topk(cos, k=2, ret_typ='both'))
print(npx.topk(np.array([1.0, 3.0, 2.0]), k=2, ret_typ='value'), npx.topk(np.array([1.0, 3.0, 2.0]), k=2, ret_typ='mask'))
