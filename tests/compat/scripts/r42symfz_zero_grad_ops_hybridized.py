"""A hybridized block whose BatchNorm output goes through floor/BlockGrad/a comparison/argmax into a Dense, an Embedding or take still runs BatchNorm's backward on zeros (signed zero input gradients, moving statistics), as MXNet's cached graph does."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon


class Net(gluon.HybridBlock):
    def __init__(self, z, use, **kw):
        super().__init__(**kw)
        self.z, self.use = z, use
        with self.name_scope():
            self.bn = gluon.nn.BatchNorm(in_channels=4)
            if use == 'dense':
                self.out = gluon.nn.Dense(2, in_units=4)
            elif use == 'emb':
                self.out = gluon.nn.Embedding(8, 2)
            else:
                self.w = self.params.get('w', shape=(8, 2))

    def hybrid_forward(self, F, x, w=None):
        h = self.bn(x * x)
        h = {'floor': lambda: F.floor(h), 'bg': lambda: F.BlockGrad(h), 'gt': lambda: h > 0,
             'argmax': lambda: F.tile(F.argmax(h, axis=1, keepdims=True), reps=(1, 4)), 'round': lambda: F.round(h)}[self.z]()
        if self.use == 'dense':
            return self.out(h)
        if self.use == 'emb':
            return self.out(F.abs(h)).sum(axis=1)
        return F.take(w, F.abs(h)).sum(axis=1)


X = mx.nd.array([[-1.5, 2.5, -0.5, 3.0], [0.5, -2.0, 1.5, -1.0]])
for z in ['floor', 'bg', 'gt', 'argmax', 'round']:
    for use in ['dense', 'emb', 'take']:
        for hyb in [False, True]:
            net = Net(z, use)
            net.initialize(mx.init.One())
            if hyb:
                net.hybridize()
            x = X.copy()
            x.attach_grad()
            with autograd.record():
                y = net(x)
            y.backward()
            print(z, use, hyb, ''.join(str(int(b)) for b in np.signbit(x.grad.asnumpy()).ravel()),
                  net.bn.running_mean.data().asnumpy().tolist(), net.bn.gamma.grad().asnumpy().tolist())
