"""d2l-en sentiment analysis: review files read from folders the script writes, truncate/pad to mx.np arrays,
ArrayDataset/DataLoader, a bidirectional LSTM classifier, a textCNN with Conv1D/GlobalMaxPool1D and a frozen
constant embedding (set_data, grad_req 'null'), one-dimensional cross-correlation by hand, and predictions."""
import collections, os, random, tempfile
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn, rnn
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)

pos_words = ['great', 'good', 'fun', 'loved', 'best', 'nice']
neg_words = ['bad', 'awful', 'boring', 'hated', 'worst', 'dull']
common = ['the', 'movie', 'was', 'a', 'plot', 'and', 'this', 'film']
data_dir = tempfile.mkdtemp()
for folder in ['train', 'test']:
    for label in ['pos', 'neg']:
        os.makedirs(os.path.join(data_dir, folder, label))
        for i in range(6):
            words = [random.choice(common + (pos_words if label == 'pos' else neg_words)) for _ in range(random.randint(4, 14))]
            with open(os.path.join(data_dir, folder, label, '%d_%d.txt' % (i, random.randint(1, 10))), 'wb') as f:
                f.write((' '.join(words) + '<br />').encode('utf-8'))


def read_imdb(data_dir, is_train):
    data, labels = [], []
    for label in ('pos', 'neg'):
        folder_name = os.path.join(data_dir, 'train' if is_train else 'test', label)
        for file in sorted(os.listdir(folder_name)):
            with open(os.path.join(folder_name, file), 'rb') as f:
                review = f.read().decode('utf-8').replace('\n', '')
                data.append(review)
                labels.append(1 if label == 'pos' else 0)
    return data, labels


train_data = read_imdb(data_dir, is_train=True)
print('# trainings:', len(train_data[0]))
for x, y in zip(train_data[0][:2], train_data[1][:2]):
    print('label:', y, 'review:', x[0:40])

train_tokens = [line.split() for line in train_data[0]]
counter = collections.Counter(t for line in train_tokens for t in line)
idx_to_token = ['<unk>', '<pad>'] + sorted(t for t, c in counter.items() if c >= 2)
token_to_idx = {t: i for i, t in enumerate(idx_to_token)}
vocab = lambda tokens: [token_to_idx.get(t, 0) for t in tokens]


def truncate_pad(line, num_steps, padding_token):
    if len(line) > num_steps:
        return line[:num_steps]
    return line + [padding_token] * (num_steps - len(line))


num_steps = 10
train_features = np.array([truncate_pad(vocab(line), num_steps, token_to_idx['<pad>']) for line in train_tokens])
print(train_features.shape, train_features.dtype, train_features[0])
train_iter = gluon.data.DataLoader(gluon.data.ArrayDataset(train_features, train_data[1]), 4, shuffle=True)
for X, y in train_iter:
    print('X:', X.shape, X.dtype, ', y:', y.shape, y.dtype)
    break
print('# batches:', len(train_iter))


class BiRNN(nn.Block):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, **kwargs):
        super(BiRNN, self).__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.encoder = rnn.LSTM(num_hiddens, num_layers=num_layers, bidirectional=True, input_size=embed_size)
        self.decoder = nn.Dense(2)

    def forward(self, inputs):
        embeddings = self.embedding(inputs.T)
        outputs = self.encoder(embeddings)
        encoding = np.concatenate((outputs[0], outputs[-1]), axis=1)
        outs = self.decoder(encoding)
        return outs


embed_size, num_hiddens, num_layers = 6, 5, 2
devices = [mx.cpu()]
net = BiRNN(len(idx_to_token), embed_size, num_hiddens, num_layers)
net.initialize(init.Xavier(), ctx=devices)
print(net)
embeds = np.array(onp.random.randn(len(idx_to_token), embed_size).astype('float32'))
net.embedding.weight.set_data(embeds)
net.embedding.collect_params().setattr('grad_req', 'null')
print(net.embedding.weight.grad_req, sorted(net.encoder.collect_params().keys())[:3])
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})
for X, y in train_iter:
    with autograd.record():
        l = loss(net(X), y)
    l.backward()
    trainer.step(X.shape[0])
    print('%.3f' % float(l.mean()), l.shape)
print(bool((net.embedding.weight.data() == embeds).all()))


def predict_sentiment(net, sequence):
    sequence = np.array(vocab(sequence.split()), ctx=devices[0])
    label = np.argmax(net(sequence.reshape(1, -1)), axis=1)
    return ('positive' if label == 1 else 'negative'), label.dtype


print(predict_sentiment(net, 'this movie is so great')[1])


def corr1d(X, K):
    w = K.shape[0]
    Y = np.zeros((X.shape[0] - w + 1))
    for i in range(Y.shape[0]):
        Y[i] = (X[i: i + w] * K).sum()
    return Y


X, K = np.array([0, 1, 2, 3, 4, 5, 6]), np.array([1, 2])
print(corr1d(X, K))


def corr1d_multi_in(X, K):
    return sum(corr1d(x, k) for x, k in zip(X, K))


X = np.array([[0, 1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7], [2, 3, 4, 5, 6, 7, 8]])
K = np.array([[1, 2], [3, 4], [-1, -3]])
print(corr1d_multi_in(X, K))


class TextCNN(nn.Block):
    def __init__(self, vocab_size, embed_size, kernel_sizes, num_channels, **kwargs):
        super(TextCNN, self).__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.constant_embedding = nn.Embedding(vocab_size, embed_size)
        self.dropout = nn.Dropout(0.5)
        self.decoder = nn.Dense(2)
        self.pool = nn.GlobalMaxPool1D()
        self.convs = nn.Sequential()
        for c, k in zip(num_channels, kernel_sizes):
            self.convs.add(nn.Conv1D(c, k, activation='relu'))

    def forward(self, inputs):
        embeddings = np.concatenate((self.embedding(inputs), self.constant_embedding(inputs)), axis=2)
        embeddings = embeddings.transpose(0, 2, 1)
        encoding = np.concatenate([np.squeeze(self.pool(conv(embeddings)), axis=-1) for conv in self.convs], axis=1)
        outputs = self.decoder(self.dropout(encoding))
        return outputs


kernel_sizes, nums_channels = [3, 4, 5], [4, 4, 4]
net = TextCNN(len(idx_to_token), embed_size, kernel_sizes, nums_channels)
net.initialize(init.Xavier(), ctx=devices)
print(net)
net.embedding.weight.set_data(embeds)
net.constant_embedding.weight.set_data(embeds)
net.constant_embedding.collect_params().setattr('grad_req', 'null')
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.001})
for X, y in train_iter:
    with autograd.record():
        out = net(X)
        l = loss(out, y)
    l.backward()
    trainer.step(X.shape[0])
    print(out.shape, '%.3f' % float(l.mean()))
print(net.constant_embedding.weight.grad_req, bool((net.constant_embedding.weight.data() == embeds).all()),
      bool((net.embedding.weight.data() == embeds).all()))
print(predict_sentiment(net, 'this movie is so bad'))
