"""d2l-en natural language inference: SNLI-style file parsing with re, a Dataset of padded mx.np arrays,
decomposable attention (attend/compare/aggregate with npx.batch_dot and npx.softmax), pretrained vectors
set into the embedding, split_and_load of multiple inputs, predictions; and BERT fine-tuning: a BERT saved
with save_parameters, loaded into a fresh model, whose encoder and hidden layer a classifier reuses."""
import os, random, re, tempfile
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn
from _d2l_np3_attention import EncoderBlock
npx.set_np()
mx.random.seed(0); onp.random.seed(0); random.seed(0)

words = ['a', 'man', 'woman', 'is', 'playing', 'sleeping', 'guitar', 'outside', 'the', 'dog', 'runs', 'sits']
labels_ = ['entailment', 'contradiction', 'neutral']
data_dir = tempfile.mkdtemp()
for split in ['train', 'test']:
    with open(os.path.join(data_dir, 'snli_1.0_%s.txt' % split), 'w') as f:
        f.write('gold_label\tsentence1_binary_parse\tsentence2_binary_parse\n')
        for _ in range(10):
            p = ' '.join(random.choice(words) for _ in range(random.randint(3, 7)))
            h = ' '.join(random.choice(words) for _ in range(random.randint(2, 5)))
            f.write('%s\t( ( %s ) . )\t( %s )\n' % (random.choice(labels_ + ['-']), p, h))


def read_snli(data_dir, is_train):
    def extract_text(s):
        s = re.sub('\\(', '', s)
        s = re.sub('\\)', '', s)
        s = re.sub('\\s{2,}', ' ', s)
        return s.strip()
    label_set = {'entailment': 0, 'contradiction': 1, 'neutral': 2}
    file_name = os.path.join(data_dir, 'snli_1.0_train.txt' if is_train else 'snli_1.0_test.txt')
    with open(file_name, 'r') as f:
        rows = [row.split('\t') for row in f.readlines()[1:]]
    premises = [extract_text(row[1]) for row in rows if row[0] in label_set]
    hypotheses = [extract_text(row[2]) for row in rows if row[0] in label_set]
    labels = [label_set[row[0]] for row in rows if row[0] in label_set]
    return premises, hypotheses, labels


train_data = read_snli(data_dir, is_train=True)
for x0, x1, y in zip(train_data[0][:2], train_data[1][:2], train_data[2][:2]):
    print('premise:', x0, '| hypothesis:', x1, '| label:', y)
print([[row for row in train_data[2]].count(i) for i in range(3)])
idx_to_token = ['<unk>', '<pad>'] + words
token_to_idx = {t: i for i, t in enumerate(idx_to_token)}
vocab = lambda tokens: [token_to_idx.get(t, 0) for t in tokens]


def truncate_pad(line, num_steps, padding_token):
    return line[:num_steps] if len(line) > num_steps else line + [padding_token] * (num_steps - len(line))


class SNLIDataset(gluon.data.Dataset):
    def __init__(self, dataset, num_steps):
        self.num_steps = num_steps
        self.premises = self._pad([p.split() for p in dataset[0]])
        self.hypotheses = self._pad([h.split() for h in dataset[1]])
        self.labels = np.array(dataset[2])
        print('read ' + str(len(self.premises)) + ' examples')

    def _pad(self, lines):
        return np.array([truncate_pad(vocab(line), self.num_steps, token_to_idx['<pad>']) for line in lines])

    def __getitem__(self, idx):
        return (self.premises[idx], self.hypotheses[idx]), self.labels[idx]

    def __len__(self):
        return len(self.premises)


num_steps = 8
train_set = SNLIDataset(train_data, num_steps)
print(train_set.labels.dtype, train_set.premises.dtype, train_set[0])
train_iter = gluon.data.DataLoader(train_set, 3, shuffle=True)
for X, Y in train_iter:
    print(type(X).__name__, X[0].shape, X[1].shape, Y.shape, Y.dtype)
    break


def mlp(num_hiddens, flatten):
    net = nn.Sequential()
    net.add(nn.Dropout(0.2))
    net.add(nn.Dense(num_hiddens, activation='relu', flatten=flatten))
    net.add(nn.Dropout(0.2))
    net.add(nn.Dense(num_hiddens, activation='relu', flatten=flatten))
    return net


class Attend(nn.Block):
    def __init__(self, num_hiddens, **kwargs):
        super(Attend, self).__init__(**kwargs)
        self.f = mlp(num_hiddens=num_hiddens, flatten=False)

    def forward(self, A, B):
        f_A = self.f(A)
        f_B = self.f(B)
        e = npx.batch_dot(f_A, f_B, transpose_b=True)
        beta = npx.batch_dot(npx.softmax(e), B)
        alpha = npx.batch_dot(npx.softmax(e.transpose(0, 2, 1)), A)
        return beta, alpha


class Compare(nn.Block):
    def __init__(self, num_hiddens, **kwargs):
        super(Compare, self).__init__(**kwargs)
        self.g = mlp(num_hiddens=num_hiddens, flatten=False)

    def forward(self, A, B, beta, alpha):
        V_A = self.g(np.concatenate([A, beta], axis=2))
        V_B = self.g(np.concatenate([B, alpha], axis=2))
        return V_A, V_B


class Aggregate(nn.Block):
    def __init__(self, num_hiddens, num_outputs, **kwargs):
        super(Aggregate, self).__init__(**kwargs)
        self.h = mlp(num_hiddens=num_hiddens, flatten=True)
        self.h.add(nn.Dense(num_outputs))

    def forward(self, V_A, V_B):
        V_A = V_A.sum(axis=1)
        V_B = V_B.sum(axis=1)
        Y_hat = self.h(np.concatenate([V_A, V_B], axis=1))
        return Y_hat


class DecomposableAttention(nn.Block):
    def __init__(self, vocab_size, embed_size, num_hiddens, **kwargs):
        super(DecomposableAttention, self).__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.attend = Attend(num_hiddens)
        self.compare = Compare(num_hiddens)
        self.aggregate = Aggregate(num_hiddens, 3)

    def forward(self, X):
        premises, hypotheses = X
        A = self.embedding(premises)
        B = self.embedding(hypotheses)
        beta, alpha = self.attend(A, B)
        V_A, V_B = self.compare(A, B, beta, alpha)
        Y_hat = self.aggregate(V_A, V_B)
        return Y_hat


embed_size, num_hiddens, devices = 5, 8, [mx.cpu()]
net = DecomposableAttention(len(idx_to_token), embed_size, num_hiddens)
net.initialize(init.Xavier(), ctx=devices)
embeds = np.array(onp.random.randn(len(idx_to_token), embed_size).astype('float32'))
net.embedding.weight.set_data(embeds)
print(net.aggregate)
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.001})


def split_batch_multi_inputs(X, y, devices):
    X = list(zip(*[gluon.utils.split_and_load(feature, devices, even_split=False) for feature in X]))
    return (X, gluon.utils.split_and_load(y, devices, even_split=False))


for features, labels in train_iter:
    Xs, ys = split_batch_multi_inputs(features, labels, devices)
    with autograd.record():
        pred = [net(X) for X in Xs]
        ls = [loss(p, y) for p, y in zip(pred, ys)]
    for l in ls:
        l.backward()
    trainer.step(labels.shape[0])
    print(pred[0].shape, '%.3f' % float(sum(l.sum() for l in ls)), type(Xs[0]).__name__, len(Xs[0]))


def predict_snli(net, vocab, premise, hypothesis):
    premise = np.array(vocab(premise), ctx=mx.cpu())
    hypothesis = np.array(vocab(hypothesis), ctx=mx.cpu())
    label = np.argmax(net([premise.reshape((1, -1)), hypothesis.reshape((1, -1))]), axis=1)
    return label.dtype, label.shape


print(predict_snli(net, vocab, ['a', 'man', 'is', 'sleeping'], ['the', 'dog', 'runs']))


# BERT fine-tuning: a small BERT saved, then loaded into a fresh model, its encoder and hidden layer reused
class BERTEncoder(nn.Block):
    def __init__(self, vocab_size, num_hiddens, ffn_num_hiddens, num_heads, num_layers, dropout, max_len=1000, **kwargs):
        super(BERTEncoder, self).__init__(**kwargs)
        self.token_embedding = nn.Embedding(vocab_size, num_hiddens)
        self.segment_embedding = nn.Embedding(2, num_hiddens)
        self.blks = nn.Sequential()
        for _ in range(num_layers):
            self.blks.add(EncoderBlock(num_hiddens, ffn_num_hiddens, num_heads, dropout, True))
        self.pos_embedding = self.params.get('pos_embedding', shape=(1, max_len, num_hiddens))

    def forward(self, tokens, segments, valid_lens):
        X = self.token_embedding(tokens) + self.segment_embedding(segments)
        X = X + self.pos_embedding.data(ctx=X.ctx)[:, :X.shape[1], :]
        for blk in self.blks:
            X = blk(X, valid_lens)
        return X


class TinyBERT(nn.Block):
    def __init__(self, **kwargs):
        super(TinyBERT, self).__init__(**kwargs)
        self.encoder = BERTEncoder(len(idx_to_token), 8, 16, 2, 1, 0.1, max_len=16)
        self.hidden = nn.Dense(8, activation='tanh')


bert = TinyBERT()
bert.initialize(init.Xavier())
tokens = np.array([[2, 3, 4, 5, 1, 1]])
segments = np.array([[0, 0, 1, 1, 1, 1]])
enc = bert.encoder(tokens, segments, np.array([4.0]))
bert.hidden(enc[:, 0, :])
path = os.path.join(data_dir, 'pretrained.params')
bert.save_parameters(path)
bert2 = TinyBERT()
bert2.load_parameters(path, ctx=devices)
print(sorted(bert2.collect_params().keys())[:3], bool((bert2.hidden.weight.data() == bert.hidden.weight.data()).all()))


class BERTClassifier(nn.Block):
    def __init__(self, bert):
        super(BERTClassifier, self).__init__()
        self.encoder = bert.encoder
        self.hidden = bert.hidden
        self.output = nn.Dense(3)

    def forward(self, inputs):
        tokens_X, segments_X, valid_lens_x = inputs
        encoded_X = self.encoder(tokens_X, segments_X, valid_lens_x)
        return self.output(self.hidden(encoded_X[:, 0, :]))


net = BERTClassifier(bert2)
net.output.initialize(ctx=devices)
print(len(list(net.collect_params().keys())), net.output)
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 1e-3})
all_tokens = np.array(onp.random.randint(2, len(idx_to_token), (6, 6)), dtype='int32')
all_segments = np.array([[0, 0, 0, 1, 1, 1]] * 6, dtype='int32')
valid_lens = np.array([6, 5, 4, 6, 3, 6], dtype='float32')
labels = np.array([0, 1, 2, 0, 1, 2])
ds = gluon.data.ArrayDataset(all_tokens, all_segments, valid_lens, labels)
for tok, seg, vl, y in gluon.data.DataLoader(ds, 3):
    with autograd.record():
        l = loss(net((tok, seg, vl)), y)
    l.backward()
    trainer.step(3)
    print(tok.dtype, vl.dtype, y.dtype, l.shape, '%.3f' % float(l.sum()))
print(bool((net.encoder.token_embedding.weight.data() == bert.encoder.token_embedding.weight.data()).all()))
