"""d2l-en (np era) attention chapter: Nadaraya-Watson pooling (fixed and with a learned width),
masked softmax through sequence_mask, additive and scaled dot-product attention with batch_dot, Bahdanau
decoder, multi-head attention, positional encoding and transformer blocks."""
import math

import numpy as onp

import mxnet as mx
from mxnet import autograd, gluon, init, np, npx
from mxnet.gluon import nn, rnn

npx.set_np()
mx.random.seed(11)
onp.random.seed(11)


def r(a, n=4):
    return onp.round(a.asnumpy().astype("float64"), n).tolist()


# Nadaraya-Watson
n_train = 12
x_train = np.sort(np.random.rand(n_train) * 5)
print("sort", x_train.dtype, r(x_train[:4]))
f = lambda x: 2 * np.sin(x) + x ** 0.8
y_train = f(x_train) + np.random.normal(0.0, 0.5, (n_train,))
x_test = np.arange(0, 5, 0.5)
y_truth = f(x_test)
n_test = len(x_test)
print("n_test", n_test, x_test.dtype, r(y_truth[:3]))
X_repeat = x_test.repeat(n_train).reshape((-1, n_train))
attention_weights = npx.softmax(-(X_repeat - x_train) ** 2 / 2)
y_hat = np.dot(attention_weights, y_train)
print("nw", attention_weights.shape, r(y_hat, 3))
print("expand", np.expand_dims(attention_weights, 0).shape, attention_weights.sum(axis=1)[:2])
X = np.ones((2, 1, 4))
Y = np.ones((2, 4, 6))
print("batch_dot", npx.batch_dot(X, Y).shape)
weights = np.ones((2, 10)) * 0.1
values = np.arange(20).reshape((2, 10))
print("bd", npx.batch_dot(np.expand_dims(weights, 1), np.expand_dims(values, -1)))


class NWKernelRegression(nn.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.w = self.params.get("w", shape=(1,))

    def forward(self, queries, keys, values):
        queries = queries.repeat(keys.shape[1]).reshape((-1, keys.shape[1]))
        self.attention_weights = npx.softmax(-((queries - keys) * self.w.data()) ** 2 / 2)
        return npx.batch_dot(np.expand_dims(self.attention_weights, 1), np.expand_dims(values, -1)).reshape(-1)


X_tile = np.tile(x_train, (n_train, 1))
Y_tile = np.tile(y_train, (n_train, 1))
mask = (1 - np.eye(n_train)).astype("bool")
print("tile", X_tile.shape, mask.dtype, mask[0, :3])
keys = X_tile[mask].reshape((n_train, -1))
vals = Y_tile[mask].reshape((n_train, -1))
print("keys", keys.shape, r(keys[0, :3]))
net = NWKernelRegression()
net.initialize()
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.5})
loss = gluon.loss.L2Loss()
for epoch in range(3):
    with autograd.record():
        l = loss(net(x_train, keys, vals), y_train)
    l.backward()
    trainer.step(1)
    print(f"epoch {epoch + 1}, loss {float(l.sum()):.6f}")
print("w", "%.2e" % net.w.data().item(), net.w.data().shape, net.w)
print(net.collect_params())


def masked_softmax(X, valid_lens):
    if valid_lens is None:
        return npx.softmax(X)
    shape = X.shape
    if valid_lens.ndim == 1:
        valid_lens = valid_lens.repeat(shape[1])
    else:
        valid_lens = valid_lens.reshape(-1)
    X = npx.sequence_mask(X.reshape(-1, shape[-1]), valid_lens, True, value=-1e6, axis=1)
    return npx.softmax(X).reshape(shape)


print("ms1", masked_softmax(np.random.uniform(size=(2, 2, 4)), np.array([2, 3])))
print("ms2", masked_softmax(np.random.uniform(size=(2, 2, 4)), np.array([[1, 3], [2, 4]])))
sm = npx.softmax(np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]]), length=np.array([2, 3], dtype="int32"),
                 use_length=True)
print("softmax length", sm)
sm = npx.softmax(np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]]), length=np.array([2, 3]), use_length=True)
print("float length made", sm.shape)
try:
    print(sm)
except mx.base.MXNetError as e:
    print("float length read:", "only support integer types" in str(e))


class AdditiveAttention(nn.Block):
    def __init__(self, num_hiddens, dropout, **kwargs):
        super().__init__(**kwargs)
        self.W_k = nn.Dense(num_hiddens, use_bias=False, flatten=False)
        self.W_q = nn.Dense(num_hiddens, use_bias=False, flatten=False)
        self.w_v = nn.Dense(1, use_bias=False, flatten=False)
        self.dropout = nn.Dropout(dropout)

    def forward(self, queries, keys, values, valid_lens):
        queries, keys = self.W_q(queries), self.W_k(keys)
        features = np.expand_dims(queries, axis=2) + np.expand_dims(keys, axis=1)
        features = np.tanh(features)
        scores = np.squeeze(self.w_v(features), axis=-1)
        self.attention_weights = masked_softmax(scores, valid_lens)
        return npx.batch_dot(self.dropout(self.attention_weights), values)


queries, keys = np.random.normal(0, 1, (2, 1, 20)), np.ones((2, 10, 2))
values = np.arange(40).reshape(1, 10, 4).repeat(2, axis=0)
valid_lens = np.array([2, 6])
attention = AdditiveAttention(num_hiddens=8, dropout=0.1)
attention.initialize()
print("additive", r(attention(queries, keys, values, valid_lens), 4))
print("weights", r(attention.attention_weights, 4))
print(attention)


class DotProductAttention(nn.Block):
    def __init__(self, dropout, **kwargs):
        super().__init__(**kwargs)
        self.dropout = nn.Dropout(dropout)

    def forward(self, queries, keys, values, valid_lens=None):
        d = queries.shape[-1]
        scores = npx.batch_dot(queries, keys, transpose_b=True) / math.sqrt(d)
        self.attention_weights = masked_softmax(scores, valid_lens)
        return npx.batch_dot(self.dropout(self.attention_weights), values)


queries = np.random.normal(0, 1, (2, 1, 2))
attention = DotProductAttention(dropout=0.5)
attention.initialize()
print("dot", attention(queries, keys, values, valid_lens))
with autograd.record():
    out = attention(queries, keys, values, valid_lens)
print("dot train (dropout)", out.shape, autograd.is_training())


def transpose_qkv(X, num_heads):
    X = X.reshape(X.shape[0], X.shape[1], num_heads, -1)
    X = X.transpose(0, 2, 1, 3)
    return X.reshape(-1, X.shape[2], X.shape[3])


def transpose_output(X, num_heads):
    X = X.reshape(-1, num_heads, X.shape[1], X.shape[2])
    X = X.transpose(0, 2, 1, 3)
    return X.reshape(X.shape[0], X.shape[1], -1)


class MultiHeadAttention(nn.Block):
    def __init__(self, num_hiddens, num_heads, dropout, use_bias=False, **kwargs):
        super().__init__(**kwargs)
        self.num_heads = num_heads
        self.attention = DotProductAttention(dropout)
        self.W_q = nn.Dense(num_hiddens, use_bias=use_bias, flatten=False)
        self.W_k = nn.Dense(num_hiddens, use_bias=use_bias, flatten=False)
        self.W_v = nn.Dense(num_hiddens, use_bias=use_bias, flatten=False)
        self.W_o = nn.Dense(num_hiddens, use_bias=use_bias, flatten=False)

    def forward(self, queries, keys, values, valid_lens):
        queries = transpose_qkv(self.W_q(queries), self.num_heads)
        keys = transpose_qkv(self.W_k(keys), self.num_heads)
        values = transpose_qkv(self.W_v(values), self.num_heads)
        if valid_lens is not None:
            valid_lens = valid_lens.repeat(self.num_heads, axis=0)
        output = self.attention(queries, keys, values, valid_lens)
        return self.W_o(transpose_output(output, self.num_heads))


attention = MultiHeadAttention(20, 5, 0.5)
attention.initialize()
X = np.ones((2, 4, 20))
Yk = np.ones((2, 6, 20))
mh = attention(X, Yk, Yk, np.array([3, 2]))
print("mha", mh.shape, r(mh[0, 0, :5], 5))
print("mha weights", attention.attention.attention_weights.shape)


class PositionalEncoding(nn.Block):
    def __init__(self, num_hiddens, dropout, max_len=1000):
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.P = np.zeros((1, max_len, num_hiddens))
        X = np.arange(max_len).reshape(-1, 1) / np.power(10000, np.arange(0, num_hiddens, 2) / num_hiddens)
        self.P[:, :, 0::2] = np.sin(X)
        self.P[:, :, 1::2] = np.cos(X)

    def forward(self, X):
        X = X + self.P[:, :X.shape[1], :].as_in_ctx(X.ctx)
        return self.dropout(X)


pe = PositionalEncoding(8, 0)
pe.initialize()
Xp = pe(np.zeros((1, 6, 8)))
print("pe", r(pe.P[0, 5], 5), r(Xp[0, 2, :4], 5))
for i in range(4):
    print(f"{i} in binary is {i:>03b}")


class PositionWiseFFN(nn.Block):
    def __init__(self, ffn_num_hiddens, ffn_num_outputs, **kwargs):
        super().__init__(**kwargs)
        self.dense1 = nn.Dense(ffn_num_hiddens, flatten=False, activation="relu")
        self.dense2 = nn.Dense(ffn_num_outputs, flatten=False)

    def forward(self, X):
        return self.dense2(self.dense1(X))


ffn = PositionWiseFFN(4, 8)
ffn.initialize()
print("ffn", ffn(np.ones((2, 3, 4)))[0].shape)
ln = nn.LayerNorm()
ln.initialize()
bn = nn.BatchNorm()
bn.initialize()
Xn = np.array([[1, 2], [2, 3]])
with autograd.record():
    print("layer norm:", ln(Xn), "\nbatch norm:", bn(Xn))
print(ln, bn)


class AddNorm(nn.Block):
    def __init__(self, dropout, **kwargs):
        super().__init__(**kwargs)
        self.dropout = nn.Dropout(dropout)
        self.ln = nn.LayerNorm()

    def forward(self, X, Y):
        return self.ln(self.dropout(Y) + X)


add_norm = AddNorm(0.5)
add_norm.initialize()
print("addnorm", add_norm(np.ones((2, 3, 4)), np.ones((2, 3, 4))).shape)


class EncoderBlock(nn.Block):
    def __init__(self, num_hiddens, ffn_num_hiddens, num_heads, dropout, use_bias=False, **kwargs):
        super().__init__(**kwargs)
        self.attention = MultiHeadAttention(num_hiddens, num_heads, dropout, use_bias)
        self.addnorm1 = AddNorm(dropout)
        self.ffn = PositionWiseFFN(ffn_num_hiddens, num_hiddens)
        self.addnorm2 = AddNorm(dropout)

    def forward(self, X, valid_lens):
        Y = self.addnorm1(X, self.attention(X, X, X, valid_lens))
        return self.addnorm2(Y, self.ffn(Y))


X = np.ones((2, 10, 24))
valid_lens = np.array([3, 2])
encoder_blk = EncoderBlock(24, 48, 8, 0.5)
encoder_blk.initialize()
eo = encoder_blk(X, valid_lens)
print("enc blk", eo.shape, r(eo[0, 0, :4], 4))


class TransformerEncoder(nn.Block):
    def __init__(self, vocab_size, num_hiddens, ffn_num_hiddens, num_heads, num_layers, dropout, use_bias=False,
                 **kwargs):
        super().__init__(**kwargs)
        self.num_hiddens = num_hiddens
        self.embedding = nn.Embedding(vocab_size, num_hiddens)
        self.pos_encoding = PositionalEncoding(num_hiddens, dropout)
        self.blks = nn.Sequential()
        for _ in range(num_layers):
            self.blks.add(EncoderBlock(num_hiddens, ffn_num_hiddens, num_heads, dropout, use_bias))

    def forward(self, X, valid_lens, *args):
        X = self.pos_encoding(self.embedding(X) * math.sqrt(self.num_hiddens))
        self.attention_weights = [None] * len(self.blks)
        for i, blk in enumerate(self.blks):
            X = blk(X, valid_lens)
            self.attention_weights[i] = blk.attention.attention.attention_weights
        return X


encoder = TransformerEncoder(200, 24, 48, 8, 2, 0.5)
encoder.initialize()
te = encoder(np.ones((2, 10)), valid_lens)
print("transformer enc", te.shape, len(encoder.attention_weights), encoder.attention_weights[0].shape)
print(encoder.blks[0].ffn)


class DecoderBlock(nn.Block):
    def __init__(self, num_hiddens, ffn_num_hiddens, num_heads, dropout, i, **kwargs):
        super().__init__(**kwargs)
        self.i = i
        self.attention1 = MultiHeadAttention(num_hiddens, num_heads, dropout)
        self.addnorm1 = AddNorm(dropout)
        self.attention2 = MultiHeadAttention(num_hiddens, num_heads, dropout)
        self.addnorm2 = AddNorm(dropout)
        self.ffn = PositionWiseFFN(ffn_num_hiddens, num_hiddens)
        self.addnorm3 = AddNorm(dropout)

    def forward(self, X, state):
        enc_outputs, enc_valid_lens = state[0], state[1]
        if state[2][self.i] is None:
            key_values = X
        else:
            key_values = np.concatenate((state[2][self.i], X), axis=1)
        state[2][self.i] = key_values
        if autograd.is_training():
            batch_size, num_steps, _ = X.shape
            dec_valid_lens = np.tile(np.arange(1, num_steps + 1, ctx=X.ctx), (batch_size, 1))
        else:
            dec_valid_lens = None
        X2 = self.attention1(X, key_values, key_values, dec_valid_lens)
        Y = self.addnorm1(X, X2)
        Y2 = self.attention2(Y, enc_outputs, enc_outputs, enc_valid_lens)
        Z = self.addnorm2(Y, Y2)
        return self.addnorm3(Z, self.ffn(Z)), state


decoder_blk = DecoderBlock(24, 48, 8, 0.5, 0)
decoder_blk.initialize()
X = np.ones((2, 10, 24))
state = [encoder_blk(X, valid_lens), valid_lens, [None]]
do, st = decoder_blk(X, state)
print("dec blk", do.shape, st[2][0].shape, r(do[1, 1, :4], 4))
with autograd.record():
    do2, st = decoder_blk(X, [encoder_blk(X, valid_lens), valid_lens, [None]])
    print("dec train", do2.shape, np.tile(np.arange(1, 4), (2, 1)))
dec_X = np.ones((2, 1, 24))
state = [encoder_blk(X, valid_lens), valid_lens, [None]]
for t in range(3):
    dec_X2, state = decoder_blk(dec_X, state)
print("incremental", state[2][0].shape, dec_X2.shape)

# Bahdanau decoder pieces
enc_outputs = np.random.normal(size=(2, 4, 16))
hidden_state = np.random.normal(size=(2, 2, 16))
dec_att = AdditiveAttention(16, 0)
dec_att.initialize()
gru = rnn.GRU(16, num_layers=2)
gru.initialize()
emb = nn.Embedding(10, 8)
emb.initialize()
dense = nn.Dense(10, flatten=False)
dense.initialize()
Xd = emb(np.zeros((2, 3))).swapaxes(0, 1)
outputs = []
hs = [hidden_state]
for x in Xd:
    query = np.expand_dims(hs[0][-1], axis=1)
    context = dec_att(query, enc_outputs, enc_outputs, np.array([2, 4]))
    x = np.concatenate((context, np.expand_dims(x, axis=1)), axis=-1)
    out, hs = gru(x.swapaxes(0, 1), hs)
    outputs.append(out)
outputs = dense(np.concatenate(outputs, axis=0))
print("bahdanau", outputs.swapaxes(0, 1).shape, len(hs), r(outputs[2, 1, :3], 4))


# a few training steps of the transformer encoder with a classifier head (backward through attention, LayerNorm,
# dropout masks and sequence_mask)
mx.random.seed(13)
head = nn.Dense(3, flatten=False)
encoder = TransformerEncoder(20, 8, 16, 2, 2, 0.1)
encoder.initialize(init.Xavier())
head.initialize(init.Xavier())
params = encoder.collect_params()
params.update(head.collect_params())
trainer = gluon.Trainer(params, "adam", {"learning_rate": 0.01})
tokens = np.array([[1, 4, 5, 2, 0, 0], [3, 3, 7, 9, 2, 0]])
lens = np.array([4, 5])
target = np.array([[0, 1, 2, 0, 0, 0], [1, 1, 2, 0, 2, 0]])


class MaskedCE(gluon.loss.SoftmaxCELoss):
    def forward(self, pred, label, valid_len):
        weights = npx.sequence_mask(np.expand_dims(np.ones_like(label), axis=-1), valid_len, True, axis=1)
        return super().forward(pred, label, weights)


ce = MaskedCE()
for step in range(3):
    with autograd.record():
        out = head(encoder(tokens, lens))
        l = ce(out, target, lens)
    l.backward()
    trainer.step(2)
    print("transformer step", step, r(l, 4), r(encoder.embedding.weight.grad()[4, :3], 5))
