"""A bidirectional LSTM+GRU language model with dropout trains imperatively and hybridized, and Gluon/contrib RNN cells unroll with valid_length as MXNet does."""
# recorded on AVX2
import mxnet as mx, numpy as np, random
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn, rnn
mx.random.seed(14); np.random.seed(14); random.seed(14)
class LM(gluon.HybridBlock):
    def __init__(self, V, E, H, **kw):
        super(LM, self).__init__(**kw)
        with self.name_scope():
            self.emb = nn.Embedding(V, E, weight_initializer=mx.init.Uniform(0.1))
            self.drop = nn.Dropout(0.3)
            self.rnn = rnn.LSTM(H, num_layers=2, dropout=0.2, layout='NTC', bidirectional=True, input_size=E)
            self.gru = rnn.GRU(H, layout='NTC', input_size=2 * H)
            self.dec = nn.Dense(V, flatten=False, in_units=H)
    def hybrid_forward(self, F, x, *states):
        e = self.drop(self.emb(x))
        o = self.rnn(e)
        o = self.gru(o)
        return self.dec(self.drop(o))
for hyb in [False, True]:
    mx.random.seed(15)
    m = LM(11, 6, 5); m.initialize(mx.init.Xavier())
    if hyb: m.hybridize()
    x = nd.array(np.random.RandomState(0).randint(0, 11, (3, 7))); y = nd.array(np.random.RandomState(1).randint(0, 11, (3, 7)))
    tr = gluon.Trainer(m.collect_params(), 'adam', {'learning_rate': 0.01, 'clip_gradient': 0.5})
    L = gluon.loss.SoftmaxCELoss()
    for i in range(3):
        with autograd.record():
            l = L(m(x), y).mean()
        l.backward()
        grads = [p.grad() for p in m.collect_params().values() if p.grad_req != 'null']
        gn = gluon.utils.clip_global_norm(grads, 1.0)
        tr.step(1)
        print(hyb, i, l.asscalar(), gn)
    print(m(x)[0, 0].asnumpy())
cell = rnn.SequentialRNNCell()
cell.add(rnn.LSTMCell(4, input_size=3)); cell.add(rnn.DropoutCell(0.5)); cell.add(rnn.ResidualCell(rnn.GRUCell(4, input_size=4)))
cell.add(rnn.ZoneoutCell(rnn.RNNCell(4, input_size=4, activation='tanh'), zoneout_outputs=0.3, zoneout_states=0.2))
cell.initialize()
inp = nd.random.uniform(shape=(2, 5, 3))
with autograd.train_mode():
    out, st = cell.unroll(5, inp, layout='NTC', merge_outputs=True, valid_length=nd.array([3, 5]))
print(out.asnumpy()[:, -1], [s.shape for s in st])
bc = rnn.BidirectionalCell(rnn.LSTMCell(3, input_size=3), rnn.LSTMCell(3, input_size=3)); bc.initialize()
o, s = bc.unroll(5, inp, merge_outputs=False, valid_length=nd.array([2, 4]))
print(len(o), o[1].asnumpy(), s[0].asnumpy())
vd = gluon.contrib.rnn.VariationalDropoutCell(rnn.GRUCell(3, input_size=3), drop_inputs=0.3, drop_states=0.3, drop_outputs=0.2); vd.initialize()
with autograd.train_mode():
    o, s = vd.unroll(5, inp, merge_outputs=True)
print(o.asnumpy()[0])
lp = gluon.contrib.rnn.LSTMPCell(5, 2, input_size=3); lp.initialize()
o, s = lp.unroll(5, inp, merge_outputs=True); print(o.asnumpy()[1], [x.shape for x in s])
cl = gluon.contrib.rnn.Conv2DLSTMCell((2, 4, 4), 3, (3, 3), (3, 3), i2h_pad=(1, 1)); cl.initialize()
o, s = cl.unroll(2, nd.random.uniform(shape=(1, 2, 2, 4, 4)), merge_outputs=True); print(o.shape, o.asnumpy().sum())
l = rnn.LSTM(3, num_layers=1, input_size=3, projection_size=2); l.initialize()
print(l(inp.transpose((1, 0, 2)), l.begin_state(2))[0].asnumpy()[0], l)
