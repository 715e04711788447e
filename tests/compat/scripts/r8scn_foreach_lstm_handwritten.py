# A hand-written LSTM over time with F.contrib.foreach inside a hybridized block (the body writes tanh(c) * o for
# both the output and the new state), trained on a toy sequence-sum task; imperative and hybridized runs
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

H = 4


class ForeachLSTM(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(ForeachLSTM, self).__init__(**kwargs)
        with self.name_scope():
            self.i2h = nn.Dense(4 * H, in_units=1, flatten=False)
            self.h2h = nn.Dense(4 * H, in_units=H, flatten=False, use_bias=False)
            self.out = nn.Dense(1, in_units=H)

    def hybrid_forward(self, F, xs, h0, c0):
        def step(x, states):
            h, c = states
            gates = self.i2h(x) + self.h2h(h)
            i, f, g, o = F.split(gates, num_outputs=4, axis=-1)
            c_new = F.sigmoid(f) * c + F.sigmoid(i) * F.tanh(g)
            return F.tanh(c_new) * F.sigmoid(o), [F.tanh(c_new) * F.sigmoid(o), c_new]
        outs, (h, c) = F.contrib.foreach(step, xs, [h0, c0])
        return self.out(h), outs


def train(hybrid):
    mx.random.seed(330)
    xs = nd.random.uniform(-1, 1, shape=(5, 6, 1))      # (T, N, 1)
    target = xs.sum(axis=0)
    net = ForeachLSTM(prefix='lstm_')
    net.initialize(mx.init.Xavier())
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05})
    h0, c0 = nd.zeros((6, H)), nd.zeros((6, H))
    for step in range(6):
        with autograd.record():
            pred, outs = net(xs, h0, c0)
            loss = gluon.loss.L2Loss()(pred, target) + 0.1 * (outs ** 2).mean()
        loss.backward()
        trainer.step(6)
        print(hybrid, step, repr(loss.mean().asscalar()), outs.shape)
    return net.h2h.weight.data()


w0 = train(False)
w1 = train(True)
print(w1[0].asnumpy().tolist())
print(float(nd.abs(w0 - w1).max().asscalar()) < 1e-4)
