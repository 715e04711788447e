"""d2l-zh seq2seq with attention: GRU encoder/decoder, attention and masked softmax, masked loss, greedy/beam search, BLEU."""
import collections
import math

import numpy as np

import mxnet as mx
from mxnet import autograd, gluon, init, nd
from mxnet.contrib import text
from mxnet.gluon import data as gdata, loss as gloss, nn, rnn

mx.random.seed(37)
np.random.seed(37)

PAD, BOS, EOS = '<pad>', '<bos>', '<eos>'
pairs = ['elle est vieille .\tshe is old .', 'elle est gentille .\tshe is kind .', 'il est grand .\the is tall .',
         'il est vieux .\the is old .', 'je suis grand .\ti am tall .', 'je suis gentil .\ti am kind .']
max_seq_len = 6


def process_one_seq(seq_tokens, all_tokens, all_seqs, max_seq_len):
    all_tokens.extend(seq_tokens)
    seq_tokens += [EOS] + [PAD] * (max_seq_len - len(seq_tokens) - 1)
    all_seqs.append(seq_tokens)


def build_data(all_tokens, all_seqs):
    vocab = text.vocab.Vocabulary(collections.Counter(all_tokens), reserved_tokens=[PAD, BOS, EOS])
    indices = [vocab.to_indices(seq) for seq in all_seqs]
    return vocab, nd.array(indices)


in_tokens, out_tokens, in_seqs, out_seqs = [], [], [], []
for line in pairs:
    in_seq, out_seq = line.rstrip().split('\t')
    in_seq_tokens, out_seq_tokens = in_seq.split(' '), out_seq.split(' ')
    process_one_seq(in_seq_tokens, in_tokens, in_seqs, max_seq_len)
    process_one_seq(out_seq_tokens, out_tokens, out_seqs, max_seq_len)
in_vocab, in_data = build_data(in_tokens, in_seqs)
out_vocab, out_data = build_data(out_tokens, out_seqs)
dataset = gdata.ArrayDataset(in_data, out_data)
print(len(in_vocab), len(out_vocab), in_vocab.idx_to_token[:6], dataset[0])


class Encoder(nn.Block):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, drop_prob=0, **kwargs):
        super(Encoder, self).__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.rnn = rnn.GRU(num_hiddens, num_layers, dropout=drop_prob)

    def forward(self, inputs, state):
        embedding = self.embedding(inputs).swapaxes(0, 1)
        return self.rnn(embedding, state)

    def begin_state(self, *args, **kwargs):
        return self.rnn.begin_state(*args, **kwargs)


encoder = Encoder(vocab_size=10, embed_size=8, num_hiddens=16, num_layers=2)
encoder.initialize()
output, state = encoder(nd.zeros((4, 7)), encoder.begin_state(batch_size=4))
print(output.shape, len(state), state[0].shape, type(state).__name__)
print(encoder.rnn, encoder.begin_state(batch_size=2, func=nd.ones)[0].sum())


def attention_model(attention_size):
    model = nn.Sequential()
    model.add(nn.Dense(attention_size, activation='tanh', use_bias=False, flatten=False),
              nn.Dense(1, use_bias=False, flatten=False))
    return model


def attention_forward(model, enc_states, dec_state):
    dec_states = nd.broadcast_axis(dec_state.expand_dims(0), axis=0, size=enc_states.shape[0])
    enc_and_dec_states = nd.concat(enc_states, dec_states, dim=2)
    e = model(enc_and_dec_states)
    alpha = nd.softmax(e, axis=0)
    return (alpha * enc_states).sum(axis=0)


seq_len, batch_size, num_hiddens = 10, 4, 8
model = attention_model(10)
model.initialize()
enc_states = nd.zeros((seq_len, batch_size, num_hiddens))
dec_state = nd.zeros((batch_size, num_hiddens))
print(attention_forward(model, enc_states, dec_state).shape)


def masked_softmax(X, valid_length):
    if valid_length is None:
        return X.softmax()
    shape = X.shape
    if valid_length.ndim == 1:
        valid_length = valid_length.repeat(shape[1], axis=0)
    else:
        valid_length = valid_length.reshape((-1,))
    X = nd.SequenceMask(X.reshape((-1, shape[-1])), valid_length, True, axis=1, value=-1e6)
    return X.softmax().reshape(shape)


print(masked_softmax(nd.random.uniform(shape=(2, 2, 4)), nd.array([2, 3])))
print(nd.batch_dot(nd.ones((2, 1, 3)), nd.ones((2, 3, 2))))


class DotProductAttention(nn.Block):
    def __init__(self, dropout, **kwargs):
        super(DotProductAttention, self).__init__(**kwargs)
        self.dropout = nn.Dropout(dropout)

    def forward(self, query, key, value, valid_length=None):
        d = query.shape[-1]
        scores = nd.batch_dot(query, key, transpose_b=True) / math.sqrt(d)
        attention_weights = self.dropout(masked_softmax(scores, valid_length))
        return nd.batch_dot(attention_weights, value)


atten = DotProductAttention(dropout=0.5)
atten.initialize()
keys = nd.ones((2, 10, 2))
values = nd.arange(40).reshape((1, 10, 4)).repeat(2, axis=0)
print(atten(nd.ones((2, 1, 2)), keys, values, nd.array([2, 6])))


class MLPAttention(nn.Block):
    def __init__(self, units, dropout, **kwargs):
        super(MLPAttention, self).__init__(**kwargs)
        self.W_k = nn.Dense(units, activation='tanh', use_bias=False, flatten=False)
        self.W_q = nn.Dense(units, activation='tanh', use_bias=False, flatten=False)
        self.v = nn.Dense(1, use_bias=False, flatten=False)
        self.dropout = nn.Dropout(dropout)

    def forward(self, query, key, value, valid_length):
        query, key = self.W_k(query), self.W_q(key)
        features = query.expand_dims(axis=2) + key.expand_dims(axis=1)
        scores = self.v(features).squeeze(axis=-1)
        attention_weights = self.dropout(masked_softmax(scores, valid_length))
        return nd.batch_dot(attention_weights, value)


atten = MLPAttention(units=8, dropout=0.1)
atten.initialize()
print(atten(nd.ones((2, 1, 2)), keys, values, nd.array([[2, 6], [3, 4]])[:, :1].reshape((-1,))))


class Decoder(nn.Block):
    def __init__(self, vocab_size, embed_size, num_hiddens, num_layers, attention_size, drop_prob=0, **kwargs):
        super(Decoder, self).__init__(**kwargs)
        self.embedding = nn.Embedding(vocab_size, embed_size)
        self.attention = attention_model(attention_size)
        self.rnn = rnn.GRU(num_hiddens, num_layers, dropout=drop_prob)
        self.out = nn.Dense(vocab_size, flatten=False)

    def forward(self, cur_input, state, enc_states):
        c = attention_forward(self.attention, enc_states, state[0][-1])
        input_and_c = nd.concat(self.embedding(cur_input), c, dim=1)
        output, state = self.rnn(input_and_c.expand_dims(0), state)
        output = self.out(output).squeeze(axis=0)
        return output, state

    def begin_state(self, enc_state):
        return enc_state


def batch_loss(encoder, decoder, X, Y, loss):
    batch_size = X.shape[0]
    enc_state = encoder.begin_state(batch_size=batch_size)
    enc_outputs, enc_state = encoder(X, enc_state)
    dec_state = decoder.begin_state(enc_state)
    dec_input = nd.array([out_vocab.token_to_idx[BOS]] * batch_size)
    mask, num_not_pad_tokens = nd.ones(shape=(batch_size,)), 0
    l = nd.array([0])
    for y in Y.T:
        dec_output, dec_state = decoder(dec_input, dec_state, enc_outputs)
        l = l + (mask * loss(dec_output, y)).sum()
        dec_input = y
        num_not_pad_tokens += mask.sum().asscalar()
        mask = mask * (y != out_vocab.token_to_idx[EOS])
    return l / num_not_pad_tokens


embed_size, num_hiddens, num_layers = 8, 16, 2
attention_size, drop_prob, lr, batch_size = 10, 0.5, 0.01, 2
encoder = Encoder(len(in_vocab), embed_size, num_hiddens, num_layers, drop_prob)
decoder = Decoder(len(out_vocab), embed_size, num_hiddens, num_layers, attention_size, drop_prob)
encoder.initialize(init.Xavier(), force_reinit=True)
decoder.initialize(init.Xavier(), force_reinit=True)
enc_trainer = gluon.Trainer(encoder.collect_params(), 'adam', {'learning_rate': lr})
dec_trainer = gluon.Trainer(decoder.collect_params(), 'adam', {'learning_rate': lr})
loss = gloss.SoftmaxCrossEntropyLoss()
data_iter = gdata.DataLoader(dataset, batch_size, shuffle=True)
for epoch in range(3):
    l_sum = 0.0
    for X, Y in data_iter:
        with autograd.record():
            l = batch_loss(encoder, decoder, X, Y, loss)
        l.backward()
        enc_trainer.step(1)
        dec_trainer.step(1)
        l_sum += l.asscalar()
    print('epoch %d, loss %.4f' % (epoch + 1, l_sum / len(data_iter)))


def translate(encoder, decoder, input_seq, max_seq_len):
    in_tokens = input_seq.split(' ')
    in_tokens += [EOS] + [PAD] * (max_seq_len - len(in_tokens) - 1)
    enc_input = nd.array([in_vocab.to_indices(in_tokens)])
    enc_state = encoder.begin_state(batch_size=1)
    enc_output, enc_state = encoder(enc_input, enc_state)
    dec_input = nd.array([out_vocab.token_to_idx[BOS]])
    dec_state = decoder.begin_state(enc_state)
    output_tokens = []
    for _ in range(max_seq_len):
        dec_output, dec_state = decoder(dec_input, dec_state, enc_output)
        pred = dec_output.argmax(axis=1)
        pred_token = out_vocab.idx_to_token[int(pred.asscalar())]
        if pred_token == EOS:
            break
        output_tokens.append(pred_token)
        dec_input = pred
    return output_tokens


def beam_search(encoder, decoder, input_seq, max_seq_len, k):
    in_tokens = input_seq.split(' ')
    in_tokens += [EOS] + [PAD] * (max_seq_len - len(in_tokens) - 1)
    enc_output, enc_state = encoder(nd.array([in_vocab.to_indices(in_tokens)]), encoder.begin_state(batch_size=1))
    beams = [(0.0, [], decoder.begin_state(enc_state), out_vocab.token_to_idx[BOS], False)]
    for _ in range(max_seq_len):
        new_beams = []
        for score, toks, st, last, done in beams:
            if done:
                new_beams.append((score, toks, st, last, done))
                continue
            out, st2 = decoder(nd.array([last]), st, enc_output)
            logp = nd.log_softmax(out, axis=1)[0]
            top = nd.topk(logp, k=k, ret_typ='both')
            for v, i in zip(top[0].asnumpy(), top[1].asnumpy().astype('int32')):
                tok = out_vocab.idx_to_token[i]
                new_beams.append((score + float(v), toks + ([] if tok == EOS else [tok]), st2, i, tok == EOS))
        beams = sorted(new_beams, key=lambda b: -b[0] / (len(b[1]) + 1) ** 0.75)[:k]
    return [(round(b[0], 3), b[1]) for b in beams]


for s in ['elle est vieille .', 'il est grand .']:
    print(s, '=>', translate(encoder, decoder, s, max_seq_len))
print(beam_search(encoder, decoder, 'je suis gentil .', max_seq_len, 2))


def bleu(pred_tokens, label_tokens, k):
    len_pred, len_label = len(pred_tokens), len(label_tokens)
    score = math.exp(min(0, 1 - len_label / len_pred))
    for n in range(1, k + 1):
        num_matches, label_subs = 0, collections.defaultdict(int)
        for i in range(len_label - n + 1):
            label_subs[''.join(label_tokens[i: i + n])] += 1
        for i in range(len_pred - n + 1):
            if label_subs[''.join(pred_tokens[i: i + n])] > 0:
                num_matches += 1
                label_subs[''.join(pred_tokens[i: i + n])] -= 1
        score *= math.pow(num_matches / (len_pred - n + 1), math.pow(0.5, n))
    return score


print('bleu %.3f %.3f' % (bleu('she is old .'.split(), 'she is old .'.split(), 2),
                          bleu('she is kind'.split(), 'she is old .'.split(), 2)))
