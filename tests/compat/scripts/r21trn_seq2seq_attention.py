"""A GRU encoder-decoder trained with teacher forcing (both layouts, SGD and Adam, global-norm clipping) and
masked dot-product attention (batch_dot + softmax, masks by where, by an additive bias and by length), its
gradients and a hybridized attention model, to 5 digits."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn, rnn


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


def checksum(net):
    return " ".join("%s=%s" % (k, bits(p.data())) for k, p in sorted(net.collect_params().items()))


class Seq2Seq(gluon.Block):
    def __init__(self, vocab, embed, hidden, layout, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.emb = nn.Embedding(vocab, embed)
            self.enc = rnn.GRU(hidden, layout=layout)
            self.dec = rnn.GRU(hidden, layout=layout)
            self.out = nn.Dense(vocab, flatten=False)
        self.tnc = layout == "TNC"

    def forward(self, src, tgt_in):
        e, d = self.emb(src), self.emb(tgt_in)
        if self.tnc:
            e, d = e.swapaxes(0, 1), d.swapaxes(0, 1)
        _, state = self.enc(e, self.enc.begin_state(batch_size=src.shape[0]))
        o, _ = self.dec(d, state)
        return self.out(o.swapaxes(0, 1) if self.tnc else o)


rs = np.random.RandomState(0)
src, tgt = nd.array(rs.randint(1, 12, (4, 5))), nd.array(rs.randint(1, 12, (4, 6)))
tgt_in = nd.concat(nd.zeros((4, 1)), tgt[:, :-1], dim=1)
for layout, opt, clip in [("TNC", "sgd", None), ("TNC", "adam", None), ("NTC", "sgd", None), ("NTC", "adam", 0.1)]:
    mx.random.seed(2)
    net = Seq2Seq(12, 5, 6, layout)
    net.initialize(mx.init.Xavier())
    trainer = gluon.Trainer(net.collect_params(), opt, {"learning_rate": 0.05})
    loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
    steps = []
    for step in range(3):
        with autograd.record():
            loss = loss_fn(net(src, tgt_in), tgt)
        loss.backward()
        if clip:
            norm = gluon.utils.clip_global_norm([p.grad() for p in net.collect_params().values()], clip)
            steps.append("norm=%.5g" % float(norm))
        trainer.step(4)
        steps.append("%.5g" % float(loss.mean().asscalar()))
    print(layout, opt, clip, " ".join(steps))
    print("  ", checksum(net))


def attention(q, k, v, mask):
    s = nd.batch_dot(q, k, transpose_b=True) / np.sqrt(q.shape[-1])
    s = nd.where(mask, s, -1e9 * nd.ones_like(s))
    a = nd.softmax(s, axis=-1)
    return nd.batch_dot(a, v), a


q, k, v = [nd.array(rs.normal(size=(2, 3, 4))) for _ in range(3)]
mask = nd.array(np.tril(np.ones((3, 3)))[None].repeat(2, 0))
for t in (q, k, v):
    t.attach_grad()
with autograd.record():
    o, a = attention(q, k, v, mask)
    (o ** 2).sum().backward()
print("causal", bits(o), bits(a), "|", bits(q.grad), bits(k.grad), bits(v.grad))

x = nd.array(rs.normal(size=(2, 3, 5)))
lengths = nd.array([[2, 5, 1], [3, 3, 4]]).astype("int32")
x.attach_grad()
for temperature in (None, 2.0):
    with autograd.record():
        y = nd.softmax(x, length=lengths, use_length=True, axis=-1, temperature=temperature)
        (y * nd.arange(5)).sum().backward()
    print("length", temperature, bits(y), bits(x.grad))


class Attend(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.q = nn.Dense(4, flatten=False, use_bias=False)
            self.k = nn.Dense(4, flatten=False, use_bias=False)
            self.v = nn.Dense(4, flatten=False)
            self.o = nn.Dense(2)

    def hybrid_forward(self, F, x, mask):
        s = F.batch_dot(self.q(x), self.k(x), transpose_b=True) * 0.5
        a = F.softmax(F.broadcast_add(s, (1 - mask) * -1e4), axis=-1)
        return self.o(F.batch_dot(a, self.v(x)))


x = nd.array(rs.normal(size=(3, 5, 6)))
m, y = nd.array(rs.randint(0, 2, (3, 1, 5))), nd.array(rs.randint(0, 2, 3))
for hybrid in (False, True):
    mx.random.seed(7)
    net = Attend()
    net.initialize(mx.init.Xavier())
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), "adam", {"learning_rate": 0.01})
    losses = []
    for step in range(3):
        with autograd.record():
            loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(x, m), y)
        loss.backward()
        trainer.step(3)
        losses.append("%.5g" % float(loss.mean().asscalar()))
    print("attend", hybrid, " ".join(losses))
    print("  ", checksum(net))
