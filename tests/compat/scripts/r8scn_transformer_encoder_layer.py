# A transformer encoder layer from scratch: sinusoidal positions, masked multi-head attention, LayerNorm, FFN
import math
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


def positional_encoding(T, d):
    pos = nd.arange(T).reshape((-1, 1))
    div = nd.exp(nd.arange(0, d, 2) * (-math.log(10000.0) / d))
    pe = nd.zeros((T, d))
    pe[:, 0::2] = nd.sin(pos * div)
    pe[:, 1::2] = nd.cos(pos * div)
    return pe


class EncoderLayer(nn.HybridBlock):
    def __init__(self, d, heads, **kwargs):
        super(EncoderLayer, self).__init__(**kwargs)
        self.d, self.heads = d, heads
        with self.name_scope():
            self.qkv = nn.Dense(3 * d, flatten=False, use_bias=False)
            self.proj = nn.Dense(d, flatten=False)
            self.ln1 = nn.LayerNorm()
            self.ln2 = nn.LayerNorm()
            self.ffn = nn.HybridSequential()
            self.ffn.add(nn.Dense(2 * d, flatten=False, activation='relu'), nn.Dense(d, flatten=False))

    def hybrid_forward(self, F, x, mask):
        q, k, v = F.split(self.qkv(x), num_outputs=3, axis=-1)

        def heads(t):
            t = F.reshape(t, shape=(0, 0, self.heads, -1))
            return F.reshape(F.transpose(t, axes=(0, 2, 1, 3)), shape=(-3, 0, 0))
        q, k, v = heads(q), heads(k), heads(v)
        score = F.batch_dot(q, k, transpose_b=True) / math.sqrt(self.d // self.heads)
        m = F.repeat(mask, repeats=self.heads, axis=0)
        att = F.softmax(F.where(m, score, F.ones_like(score) * -1e9), axis=-1)
        ctx = F.reshape(F.batch_dot(att, v), shape=(-4, -1, self.heads, 0, 0))
        ctx = F.reshape(F.transpose(ctx, axes=(0, 2, 1, 3)), shape=(0, 0, -3))
        h = self.ln1(x + self.proj(ctx))
        return self.ln2(h + self.ffn(h)), att


mx.random.seed(3)
N, T, d = 2, 5, 8
tokens = nd.random.normal(shape=(N, T, d)) * 0.5 + positional_encoding(T, d)
valid = nd.array([5, 3])
mask = nd.broadcast_lesser(nd.arange(T).reshape((1, 1, T)), valid.reshape((N, 1, 1))).broadcast_to((N, T, T))
print(positional_encoding(3, 4).asnumpy().tolist())
layer = EncoderLayer(d, 2)
layer.initialize(mx.init.Xavier())
out, att = layer(tokens, mask)
print(out.shape, att.shape, [round(v, 5) for v in att[2, 0].asnumpy().tolist()])
layer.hybridize()
out2, att2 = layer(tokens, mask)
print(float(nd.abs(out2 - out).max().asscalar()) < 1e-5, [round(v, 4) for v in out2[1, 0].asnumpy().tolist()])
trainer = gluon.Trainer(layer.collect_params(), 'adam', {'learning_rate': 0.01})
target = nd.zeros((N, T, d))
for step in range(3):
    with autograd.record():
        y, _ = layer(tokens, mask)
        loss = ((y - target) ** 2).mean()
    loss.backward()
    trainer.step(N)
    print(step, round(float(loss.asscalar()), 5))
print(sorted(layer.collect_params().keys()))
