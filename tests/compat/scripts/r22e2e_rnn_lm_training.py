# Language models: Embedding -> gluon.rnn RNN/GRU/LSTM (one or two layers with dropout, uni- and bidirectional) ->
# Dense, and a self-attention block (batch_dot, softmax, LayerNorm), trained three steps by sgd/momentum/adam/nag:
# loss bits per step, digests of the predictions and of every parameter.
# recorded on AVX2
import hashlib

import numpy as np
import mxnet as mx
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn, rnn


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(170)).astype(np.float32).reshape(shape)


def digest(a):
    return hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8]


OPTS = (('sgd', {'learning_rate': 0.1}), ('sgd', {'learning_rate': 0.1, 'momentum': 0.9, 'wd': 1e-4}),
        ('adam', {'learning_rate': 0.01}), ('nag', {'learning_rate': 0.05, 'momentum': 0.9}))
LOSS = gluon.loss.SoftmaxCrossEntropyLoss()


def train(label, make, x, y, hybridize, opt, init=None):
    """Three Trainer steps: the loss bits after each, then digests of the predictions and every parameter."""
    mx.random.seed(0)
    net = make()
    net.initialize(init) if init is not None else net.initialize()
    if hybridize:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), *OPTS[opt])
    losses = []
    for step in range(3):
        with autograd.record():
            loss = LOSS(net(x), y)
        loss.backward()
        trainer.step(x.shape[0])
        losses.append(loss.mean().asnumpy().tobytes().hex())
    print(label, hybridize, OPTS[opt][0], *losses, 'predict', digest(net(x)))
    params = net.collect_params()
    print('   ', ' '.join(digest(params[k].data()) for k in sorted(params.keys())))


class LM(gluon.HybridBlock):
    def __init__(self, kind, layers, bidir, **kw):
        super().__init__(**kw)
        self.emb = nn.Embedding(20, 8)
        self.rnn = {'rnn': rnn.RNN, 'gru': rnn.GRU, 'lstm': rnn.LSTM}[kind](
            8, num_layers=layers, bidirectional=bidir, layout='NTC', dropout=0.2 if layers > 1 else 0)
        self.out = nn.Dense(20, flatten=False)

    def hybrid_forward(self, F, x):
        return self.out(self.rnn(self.emb(x)))


class Attn(gluon.HybridBlock):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.emb = nn.Embedding(20, 8)
        self.q = nn.Dense(8, flatten=False, use_bias=False)
        self.k = nn.Dense(8, flatten=False, use_bias=False)
        self.v = nn.Dense(8, flatten=False, use_bias=False)
        self.ln = nn.LayerNorm()
        self.out = nn.Dense(20, flatten=False)

    def hybrid_forward(self, F, x):
        e = self.emb(x)
        s = F.batch_dot(self.q(e), self.k(e), transpose_b=True) / np.sqrt(8)
        a = F.softmax(s, axis=-1)
        return self.out(self.ln(F.batch_dot(a, self.v(e)) + e))



for bs in (2, 4):
    x = nd.array((np.arange(bs * 5).reshape(bs, 5) * 7) % 20)
    y = nd.array((np.arange(bs * 5).reshape(bs, 5) * 7 + 1) % 20)
    for i, kind in enumerate(('rnn', 'gru', 'lstm')):
        for j, (layers, bidir) in enumerate(((1, False), (1, True), (2, False), (2, True))):
            hybridize = (i + j + bs // 2) % 2 == 1
            train('%s layers %d bidirectional %s batch %d' % (kind, layers, bidir, bs),
                  lambda: LM(kind, layers, bidir), x, y, hybridize, (i + j) % 4, mx.init.Xavier())
    for hybridize in (False, True):
        train('attention batch %d' % bs, Attn, x, y, hybridize, bs // 2 + hybridize, mx.init.Xavier())
