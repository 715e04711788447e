"""d2l-zh sentiment analysis: padded vocab data, a bidirectional LSTM classifier and textCNN (Conv1D, GlobalMaxPool1D)."""
import collections
import random

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.contrib import text
from mxnet.gluon import data as gdata, loss as gloss, nn, rnn

mx.random.seed(31)
np.random.seed(31)
random.seed(31)

words = 'this movie is great good fun bad awful boring plot acting loved hated it the a'.split()
data = [[' '.join(random.choice(words) for _ in range(random.randint(3, 9))), random.randint(0, 1)] for _ in range(24)]
tokenized = [[tk.lower() for tk in review.split(' ')] for review, _ in data]
counter = collections.Counter([tk for st in tokenized for tk in st])
vocab = text.vocab.Vocabulary(counter, min_freq=2)
print(len(vocab), vocab.idx_to_token[:5])

max_l = 8


def pad(x):
    return x[:max_l] if len(x) > max_l else x + [0] * (max_l - len(x))


features = nd.array([pad(vocab.to_indices(x)) for x in tokenized])
labels = nd.array([score for _, score in data])
print(features.shape, features[:2], labels[:6])
train_iter = gdata.DataLoader(gdata.ArrayDataset(features, labels), 8, shuffle=True)
for X, y in train_iter:
    print('X', X.shape, 'y', y.shape)
    break
print('#batches:', len(train_iter))


class BiRNN(nn.Block):
    def __init__(self, vocab, embed_size, num_hiddens, num_layers, **kwargs):
        super(BiRNN, self).__init__(**kwargs)
        self.embedding = nn.Embedding(len(vocab), embed_size)
        self.encoder = rnn.LSTM(num_hiddens, num_layers=num_layers, bidirectional=True, input_size=embed_size)
        self.decoder = nn.Dense(2)

    def forward(self, inputs):
        embeddings = self.embedding(inputs.T)
        outputs = self.encoder(embeddings)
        encoding = nd.concat(outputs[0], outputs[-1])
        outs = self.decoder(encoding)
        return outs


net = BiRNN(vocab, 6, 5, 2)
net.initialize(init.Xavier())
print(net)
print([(k, v.shape) for k, v in net.collect_params().items()][:6])
emb_w = nd.random.normal(shape=(len(vocab), 6))
net.embedding.weight.set_data(emb_w)
net.embedding.collect_params().setattr('grad_req', 'null')
loss = gloss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})


def train_epochs(net, trainer, num_epochs):
    for epoch in range(num_epochs):
        l_sum, acc, n = 0.0, 0.0, 0
        for X, y in train_iter:
            with autograd.record():
                y_hat = net(X)
                l = loss(y_hat, y).sum()
            l.backward()
            trainer.step(X.shape[0])
            l_sum += l.asscalar()
            acc += (y_hat.argmax(axis=1) == y).sum().asscalar()
            n += y.size
        print('epoch %d, loss %.4f, train acc %.3f' % (epoch + 1, l_sum / n, acc / n))


train_epochs(net, trainer, 2)
print(net.embedding.weight.grad_req, (net.embedding.weight.data() - emb_w).abs().sum().asscalar())


def predict_sentiment(net, vocab, sentence):
    sentence = nd.array(vocab.to_indices(sentence), ctx=mx.cpu())
    label = nd.argmax(net(sentence.reshape((1, -1))), axis=1)
    return 'positive' if label.asscalar() == 1 else 'negative'


print(predict_sentiment(net, vocab, ['this', 'movie', 'is', 'great']), predict_sentiment(net, vocab, ['bad', 'plot']))


def corr1d(X, K):
    w = K.shape[0]
    Y = nd.zeros((X.shape[0] - w + 1))
    for i in range(Y.shape[0]):
        Y[i] = (X[i: i + w] * K).sum()
    return Y


X, K = nd.array([0, 1, 2, 3, 4, 5, 6]), nd.array([1, 2])
print(corr1d(X, K))


def corr1d_multi_in(X, K):
    return nd.add_n(*[corr1d(x, k) for x, k in zip(X, K)])


X = nd.array([[0, 1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7], [2, 3, 4, 5, 6, 7, 8]])
K = nd.array([[1, 2], [3, 4], [-1, -3]])
print(corr1d_multi_in(X, K))


class TextCNN(nn.Block):
    def __init__(self, vocab, embed_size, kernel_sizes, num_channels, **kwargs):
        super(TextCNN, self).__init__(**kwargs)
        self.embedding = nn.Embedding(len(vocab), embed_size)
        self.constant_embedding = nn.Embedding(len(vocab), embed_size)
        self.dropout = nn.Dropout(0.5)
        self.decoder = nn.Dense(2)
        self.pool = nn.GlobalMaxPool1D()
        self.convs = nn.Sequential()
        for c, k in zip(num_channels, kernel_sizes):
            self.convs.add(nn.Conv1D(c, k, activation='relu'))

    def forward(self, inputs):
        embeddings = nd.concat(self.embedding(inputs), self.constant_embedding(inputs), dim=2)
        embeddings = embeddings.transpose((0, 2, 1))
        encoding = nd.concat(*[nd.flatten(self.pool(conv(embeddings))) for conv in self.convs], dim=1)
        outputs = self.decoder(self.dropout(encoding))
        return outputs


net = TextCNN(vocab, 5, [2, 3, 4], [4, 4, 4])
net.initialize(init.Xavier())
print(net)
net.embedding.weight.set_data(emb_w[:, :5])
net.constant_embedding.weight.set_data(emb_w[:, 1:])
net.constant_embedding.collect_params().setattr('grad_req', 'null')
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.001})
train_epochs(net, trainer, 2)
print(predict_sentiment(net, vocab, ['this', 'movie', 'is', 'great']), nd.flatten(net.pool(nd.ones((2, 3, 5)))).shape)
print(nn.GlobalMaxPool1D(), nn.Conv1D(4, 3, activation='relu'), nn.Conv1D(4, 3, in_channels=2, strides=2, padding=1))
c1 = nn.Conv1D(2, 3, in_channels=2, layout='NCW')
c1.initialize(init.Constant(0.5))
print(c1(nd.arange(12).reshape((1, 2, 6))))
