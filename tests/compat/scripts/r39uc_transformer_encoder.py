"""A hand-written transformer encoder (split heads by reshape, div_sqrt_dim, masked batch_dot attention, arange_like positions, SequenceMask pooling) trains imperatively and hybridized with MXNet losses."""
# recorded on AVX2
import mxnet as mx, numpy as np, math
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn
mx.random.seed(42); np.random.seed(42)
class MHA(nn.HybridBlock):
    def __init__(self, units, heads, **kw):
        super(MHA, self).__init__(**kw)
        self.u, self.h = units, heads
        with self.name_scope():
            self.qkv = nn.Dense(3 * units, flatten=False, use_bias=False)
            self.o = nn.Dense(units, flatten=False)
            self.drop = nn.Dropout(0.1)
    def hybrid_forward(self, F, x, mask):
        qkv = self.qkv(x)
        q, k, v = F.split(qkv, num_outputs=3, axis=-1)
        def heads(t):
            t = F.reshape(t, shape=(0, 0, self.h, -1))
            t = F.transpose(t, axes=(0, 2, 1, 3))
            return F.reshape(t, shape=(-1, 0, 0), reverse=True)
        q, k, v = heads(q), heads(k), heads(v)
        q = F.contrib.div_sqrt_dim(q)
        att = F.batch_dot(q, k, transpose_b=True)
        m = F.repeat(F.expand_dims(mask, axis=1), repeats=self.h, axis=1)
        m = F.reshape(m, shape=(-1, 0, 0), reverse=True)
        att = F.where(m, att, F.ones_like(att) * -1e18)
        att = self.drop(F.softmax(att, axis=-1))
        out = F.batch_dot(att, v)
        out = F.reshape(out, shape=(-4, -1, self.h, 0, 0))
        out = F.reshape(F.transpose(out, axes=(0, 2, 1, 3)), shape=(0, 0, -1))
        return self.o(out)
class Enc(nn.HybridBlock):
    def __init__(self, V, units, heads, **kw):
        super(Enc, self).__init__(**kw)
        with self.name_scope():
            self.emb = nn.Embedding(V, units)
            self.att = MHA(units, heads)
            self.ln1 = nn.LayerNorm(); self.ln2 = nn.LayerNorm()
            self.ffn = nn.HybridSequential()
            self.ffn.add(nn.Dense(2 * units, flatten=False, activation='relu'), nn.Dense(units, flatten=False))
            self.cls = nn.Dense(2)
        self.units = units
    def hybrid_forward(self, F, tokens, valid_len):
        x = self.emb(tokens) * math.sqrt(self.units)
        pos = F.contrib.arange_like(tokens, axis=1)
        i = F.arange(0, self.units, 2) if False else None
        pe = F.sin(F.broadcast_mul(F.expand_dims(pos, 1), F.ones((1, self.units)) * 0.1))
        x = F.broadcast_add(x, F.expand_dims(pe, 0))
        steps = F.contrib.arange_like(tokens, axis=1)
        valid = F.broadcast_lesser(F.reshape(steps, (1, -1)), F.reshape(valid_len, (-1, 1)))
        mask = F.broadcast_mul(F.expand_dims(valid, 2), F.expand_dims(valid, 1))
        x = self.ln1(x + self.att(x, mask))
        x = self.ln2(x + self.ffn(x))
        x = F.SequenceMask(x, sequence_length=valid_len, use_sequence_length=True, axis=1)
        pooled = F.broadcast_div(F.sum(x, axis=1), F.expand_dims(valid_len, 1))
        return self.cls(pooled)
for hyb in [False, True]:
    mx.random.seed(43)
    net = Enc(12, 8, 2); net.initialize(mx.init.Xavier())
    if hyb: net.hybridize(static_alloc=True)
    tok = nd.array(np.random.RandomState(1).randint(0, 12, (4, 6))); vl = nd.array([6, 3, 4, 1]); y = nd.array([0, 1, 1, 0])
    tr = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 1e-2, 'beta2': 0.98, 'epsilon': 1e-9})
    L = gluon.loss.SoftmaxCELoss()
    for step in range(6):
        with autograd.record():
            l = L(net(tok, vl), y)
        l.backward()
        gluon.utils.clip_global_norm([p.grad() for p in net.collect_params().values() if p.grad_req != 'null'], 1.0)
        tr.step(4)
        print(hyb, step, l.asnumpy())
print(nd.softmax(nd.array([[1, 2, 3, 4]]), length=nd.array([2], dtype='int32'), use_length=True, axis=-1))
print(nd.masked_softmax(nd.array([[1, 2, 3, 4]]), nd.array([[1, 1, 0, 1]], dtype='bool')) if hasattr(nd, 'masked_softmax') else '')
print(nd.log_softmax(nd.array([[1, 2, 3]]), temperature=2.0), nd.softmin(nd.array([[1, 2, 3]])))
