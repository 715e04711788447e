"""Forty Adam steps of a conv/BatchNorm/GroupNorm/InstanceNorm/LSTM/LayerNorm net keep MXNet losses to the last digit."""
# recorded on AVX2
import mxnet as mx, numpy as np
from mxnet import nd, autograd, gluon
from mxnet.gluon import nn, rnn
mx.random.seed(40); np.random.seed(40)
class M(gluon.HybridBlock):
    def __init__(self, **kw):
        super(M, self).__init__(**kw)
        with self.name_scope():
            self.c1 = nn.Conv2D(6, 3, padding=1); self.bn = nn.BatchNorm(); self.c2 = nn.Conv2D(8, 3, strides=2, groups=2)
            self.p = nn.AvgPool2D(2, ceil_mode=True); self.ln = nn.LayerNorm(); self.gn = nn.GroupNorm(2); self.inn = nn.InstanceNorm()
            self.l = rnn.LSTM(5, layout='NTC'); self.out = nn.Dense(4)
    def hybrid_forward(self, F, x):
        x = F.relu(self.bn(self.c1(x)))
        x = self.gn(self.c2(x)); x = self.inn(x)
        x = self.p(x)
        x = F.reshape(F.transpose(x, (0, 2, 3, 1)), (0, -3, 0))
        x = self.ln(self.l(x))
        return self.out(F.max(x, axis=1))
for dt in ['float32']:
    mx.random.seed(41)
    m = M(); m.initialize(mx.init.Xavier()); m.cast(dt); m.hybridize()
    X = nd.random.uniform(shape=(4, 3, 9, 9)).astype(dt); Y = nd.array([0, 1, 2, 3]).astype(dt)
    tr = gluon.Trainer(m.collect_params(), 'adam', {'learning_rate': 0.01})
    L = gluon.loss.SoftmaxCELoss()
    for i in range(40):
        with autograd.record():
            l = L(m(X), Y)
        l.backward(); tr.step(4)
        if i % 8 == 0 or i == 39: print(dt, i, repr(float(l.mean().asscalar())))
    print(m(X).asnumpy()[0].tolist())
    print(m.bn.running_var.data().asnumpy().tolist())
