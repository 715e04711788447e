"""A Gluon SE-ResNet block with a focal loss trains imperatively and hybridized, exports, reimports as a SymbolBlock and reloads parameters as MXNet does."""
# recorded on AVX2
import os
import tempfile
TMP = tempfile.mkdtemp()
import mxnet as mx, numpy as np, random
from mxnet import gluon, autograd, nd
from mxnet.gluon import nn
mx.random.seed(2); np.random.seed(2); random.seed(2)
class SE(nn.HybridBlock):
    def __init__(self, c, r=2, **kw):
        super(SE, self).__init__(**kw)
        with self.name_scope():
            self.fc1 = nn.Conv2D(c // r, 1, use_bias=True)
            self.fc2 = nn.Conv2D(c, 1)
    def hybrid_forward(self, F, x):
        w = F.contrib.AdaptiveAvgPooling2D(x, output_size=1)
        w = F.Activation(self.fc1(w), act_type='relu')
        w = F.sigmoid(self.fc2(w))
        return F.broadcast_mul(x, w)
class Res(nn.HybridBlock):
    def __init__(self, c, **kw):
        super(Res, self).__init__(**kw)
        self.body = nn.HybridSequential(prefix='')
        self.body.add(nn.Conv2D(c, 3, padding=1, use_bias=False), nn.BatchNorm(), nn.LeakyReLU(0.1),
                      nn.Conv2D(c, 3, padding=1, use_bias=False), nn.BatchNorm(gamma_initializer='zeros'))
        self.se = SE(c)
    def hybrid_forward(self, F, x):
        return F.relu(self.se(self.body(x)) + x)
class Net(nn.HybridBlock):
    def __init__(self, **kw):
        super(Net, self).__init__(**kw)
        self.stem = nn.Conv2D(4, 3, strides=2, padding=1)
        self.res = Res(4)
        self.pool = nn.GlobalMaxPool2D()
        self.drop = nn.Dropout(0.0)
        self.out = nn.Dense(3, flatten=True)
        self.scale = self.params.get('scale', shape=(1,), init=mx.init.Constant(2.0))
    def hybrid_forward(self, F, x, scale):
        x = self.res(self.stem(x))
        x = F.concat(self.pool(x), F.contrib.AdaptiveAvgPooling2D(x, 1), dim=1)
        x = F.Flatten(x)
        x = F.L2Normalization(x)
        return F.broadcast_mul(self.out(self.drop(x)), scale)
class FocalLoss(gluon.loss.Loss):
    def __init__(self, alpha=0.25, gamma=2, weight=None, batch_axis=0, **kw):
        super(FocalLoss, self).__init__(weight, batch_axis, **kw)
        self._alpha, self._gamma = alpha, gamma
    def hybrid_forward(self, F, pred, label):
        p = F.softmax(pred, axis=-1)
        pt = F.pick(p, label, axis=-1, keepdims=True)
        loss = -self._alpha * F.power(1 - pt, self._gamma) * F.log(F.clip(pt, 1e-12, 1))
        return F.mean(loss, axis=self._batch_axis, exclude=True)
for hyb in [False, True]:
    mx.random.seed(3); np.random.seed(3)
    net = Net(prefix='net_')
    net.initialize(mx.init.Xavier(magnitude=2.24))
    if hyb: net.hybridize(static_alloc=True, static_shape=True)
    X = nd.random.uniform(shape=(6, 3, 8, 8)); Y = nd.array([0, 1, 2, 0, 1, 2])
    losses = [FocalLoss(), gluon.loss.SoftmaxCrossEntropyLoss(), gluon.loss.SoftmaxCrossEntropyLoss(sparse_label=False, from_logits=False)]
    tr = gluon.Trainer(net.collect_params(), 'nag', {'learning_rate': 0.05, 'momentum': 0.9, 'wd': 1e-4})
    for step in range(3):
        with autograd.record():
            out = net(X)
            l1 = losses[0](out, Y); l2 = losses[1](out, Y); l3 = losses[2](out, nd.one_hot(Y, 3))
            L = l1 + l2 + 0.5 * l3
        L.backward()
        tr.step(X.shape[0])
        print(hyb, step, L.mean().asscalar(), l1.asnumpy()[:2], l3.asnumpy()[:2])
    print(net.scale.data(), net.res.body[1].running_mean.data())
    print(sorted(net.collect_params().keys())[:8])
    print(net.collect_params('.*gamma|.*beta').keys())
    if hyb:
        net.export(os.path.join(TMP, 'gnet'), epoch=1)
        sb = gluon.nn.SymbolBlock.imports(os.path.join(TMP, 'gnet-symbol.json'), ['data'], os.path.join(TMP, 'gnet-0001.params'))
        print(sb(X)[:2]); print(net(X)[:2])
        print(sorted(sb.collect_params().keys())[:5])
    net.save_parameters(os.path.join(TMP, 'g.params'))
    net2 = Net(prefix='net_'); net2.load_parameters(os.path.join(TMP, 'g.params'))
    print((net2(X) - net(X)).abs().max())
print(net)
