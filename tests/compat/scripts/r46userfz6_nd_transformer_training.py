"""A from-scratch Transformer encoder in mx.nd (masked softmax by SequenceMask, multi-head batch_dot attention, LayerNorm, dropout, sinusoidal positions) trains with Adam to the same losses, outputs and weights as MXNet."""
import math
import mxnet as mx
from mxnet import nd, autograd, gluon, init
from mxnet.gluon import nn
mx.random.seed(4)
def masked_softmax(X, valid_len):
    if valid_len is None:
        return X.softmax()
    shape = X.shape
    if valid_len.ndim == 1:
        valid_len = valid_len.repeat(shape[1], axis=0)
    else:
        valid_len = valid_len.reshape((-1,))
    X = nd.SequenceMask(X.reshape((-1, shape[-1])), valid_len, True, axis=1, value=-1e6)
    return X.softmax().reshape(shape)
class DotProductAttention(nn.Block):
    def __init__(self, dropout, **kwargs):
        super().__init__(**kwargs)
        self.dropout = nn.Dropout(dropout)
    def forward(self, query, key, value, valid_len=None):
        d = query.shape[-1]
        scores = nd.batch_dot(query, key, transpose_b=True) / math.sqrt(d)
        attention_weights = self.dropout(masked_softmax(scores, valid_len))
        return nd.batch_dot(attention_weights, value)
class MLPAttention(nn.Block):
    def __init__(self, units, dropout, **kwargs):
        super().__init__(**kwargs)
        self.W_k = nn.Dense(units, activation='tanh', use_bias=False, flatten=False)
        self.W_q = nn.Dense(units, activation='tanh', use_bias=False, flatten=False)
        self.v = nn.Dense(1, use_bias=False, flatten=False)
        self.dropout = nn.Dropout(dropout)
    def forward(self, query, key, value, valid_len):
        query, key = self.W_k(query), self.W_q(key)
        features = query.expand_dims(axis=2) + key.expand_dims(axis=1)
        scores = self.v(features).squeeze(axis=-1)
        attention_weights = self.dropout(masked_softmax(scores, valid_len))
        return nd.batch_dot(attention_weights, value)
def transpose_qkv(X, num_heads):
    X = X.reshape((X.shape[0], X.shape[1], num_heads, -1))
    X = X.transpose((0, 2, 1, 3))
    return X.reshape((-1, X.shape[2], X.shape[3]))
def transpose_output(X, num_heads):
    X = X.reshape((-1, num_heads, X.shape[1], X.shape[2]))
    X = X.transpose((0, 2, 1, 3))
    return X.reshape((X.shape[0], X.shape[1], -1))
class MultiHeadAttention(nn.Block):
    def __init__(self, units, num_heads, dropout, **kwargs):
        super().__init__(**kwargs)
        self.num_heads = num_heads
        self.attention = DotProductAttention(dropout)
        self.W_q = nn.Dense(units, use_bias=False, flatten=False)
        self.W_k = nn.Dense(units, use_bias=False, flatten=False)
        self.W_v = nn.Dense(units, use_bias=False, flatten=False)
        self.W_o = nn.Dense(units, use_bias=False, flatten=False)
    def forward(self, query, key, value, valid_len):
        query = transpose_qkv(self.W_q(query), self.num_heads)
        key = transpose_qkv(self.W_k(key), self.num_heads)
        value = transpose_qkv(self.W_v(value), self.num_heads)
        if valid_len is not None:
            valid_len = nd.tile(valid_len, self.num_heads) if valid_len.ndim == 1 else valid_len
        output = self.attention(query, key, value, valid_len)
        return self.W_o(transpose_output(output, self.num_heads))
class PositionWiseFFN(nn.Block):
    def __init__(self, units, hidden_size, **kwargs):
        super().__init__(**kwargs)
        self.ffn_1 = nn.Dense(hidden_size, flatten=False, activation='relu')
        self.ffn_2 = nn.Dense(units, flatten=False)
    def forward(self, X):
        return self.ffn_2(self.ffn_1(X))
class AddNorm(nn.Block):
    def __init__(self, dropout, **kwargs):
        super().__init__(**kwargs)
        self.dropout = nn.Dropout(dropout)
        self.norm = nn.LayerNorm()
    def forward(self, X, Y):
        return self.norm(self.dropout(Y) + X)
class PositionalEncoding(nn.Block):
    def __init__(self, units, dropout, max_len=100):
        super().__init__()
        self.dropout = nn.Dropout(dropout)
        self.P = nd.zeros((1, max_len, units))
        X = nd.arange(0, max_len).reshape((-1, 1)) / nd.power(10000, nd.arange(0, units, 2) / units)
        self.P[:, :, 0::2] = nd.sin(X)
        self.P[:, :, 1::2] = nd.cos(X)
    def forward(self, X):
        X = X + self.P[:, :X.shape[1], :].as_in_context(X.context)
        return self.dropout(X)
class EncoderBlock(nn.Block):
    def __init__(self, units, hidden_size, num_heads, dropout, **kwargs):
        super().__init__(**kwargs)
        self.attention = MultiHeadAttention(units, num_heads, dropout)
        self.addnorm_1 = AddNorm(dropout)
        self.ffn = PositionWiseFFN(units, hidden_size)
        self.addnorm_2 = AddNorm(dropout)
    def forward(self, X, valid_len):
        Y = self.addnorm_1(X, self.attention(X, X, X, valid_len))
        return self.addnorm_2(Y, self.ffn(Y))
class TransformerEncoder(nn.Block):
    def __init__(self, vocab_size, units, hidden_size, num_heads, num_layers, dropout, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.embed = nn.Embedding(vocab_size, units)
        self.pos_encoding = PositionalEncoding(units, dropout)
        self.blks = nn.Sequential()
        for i in range(num_layers):
            self.blks.add(EncoderBlock(units, hidden_size, num_heads, dropout))
        self.dense = nn.Dense(vocab_size, flatten=False)
    def forward(self, X, valid_len):
        X = self.pos_encoding(self.embed(X) * math.sqrt(self.units))
        for blk in self.blks:
            X = blk(X, valid_len)
        return self.dense(X)
atten = MLPAttention(units=8, dropout=0.1)
atten.initialize()
keys = nd.ones((2, 10, 2))
values = nd.arange(40).reshape((1, 10, 4)).repeat(2, axis=0)
print(atten(nd.ones((2, 1, 2)), keys, values, nd.array([2, 6])))
cell = MultiHeadAttention(90, 9, 0.5)
cell.initialize()
X = nd.ones((2, 4, 5))
valid_len = nd.array([2, 3])
print(cell(X, X, X, valid_len).shape)
pe = PositionalEncoding(20, 0)
pe.initialize()
Y = pe(nd.zeros((1, 100, 20)))
print(Y[0, :4, 4:8])
enc = TransformerEncoder(50, 16, 32, 4, 2, 0.1)
enc.initialize(init.Xavier())
print(enc)
tokens = nd.array(mx.nd.random.randint(0, 50, shape=(4, 7)).asnumpy())
vl = nd.array([7, 5, 3, 6])
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(enc.collect_params(), 'adam', {'learning_rate': 0.01})
for step in range(5):
    with autograd.record():
        out = enc(tokens, vl)
        l = loss(out, tokens, nd.SequenceMask(nd.ones((4, 7)).T, vl, True).T.expand_dims(-1))
    l.backward()
    trainer.step(4)
    print(step, repr(float(l.mean().asscalar())), l)
print(enc.blks[0].addnorm_1.norm.gamma.data()[:5])
