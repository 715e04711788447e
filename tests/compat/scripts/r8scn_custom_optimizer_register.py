# A user-defined optimizer: @mx.optimizer.register subclass with create_state/update (SGD with heavy-ball and
# decoupled weight decay), used by name in gluon.Trainer and Module.fit, its states saved and reloaded
import os
import tempfile
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


@mx.optimizer.register
class DecoupledSGD(mx.optimizer.Optimizer):
    def __init__(self, momentum=0.9, decay=0.01, **kwargs):
        super(DecoupledSGD, self).__init__(**kwargs)
        self.momentum, self.decay = momentum, decay

    def create_state(self, index, weight):
        return nd.zeros(weight.shape, weight.context, dtype=weight.dtype)

    def update(self, index, weight, grad, state):
        self._update_count(index)
        lr = self._get_lr(index)
        grad = grad * self.rescale_grad
        if self.clip_gradient is not None:
            grad = nd.clip(grad, -self.clip_gradient, self.clip_gradient)
        state[:] = self.momentum * state + grad
        weight[:] = weight * (1 - lr * self.decay) - lr * state


print(type(mx.optimizer.create('decoupledsgd')).__name__, 'decoupledsgd' in mx.optimizer.Optimizer.opt_registry)
mx.random.seed(310)
X = nd.random.normal(shape=(16, 3))
y = nd.dot(X, nd.array([[1.0], [2.0], [-1.0]]))
net = nn.Dense(1)
net.initialize(mx.init.Zero())
trainer = gluon.Trainer(net.collect_params(), 'decoupledsgd',
                        {'learning_rate': 0.05, 'momentum': 0.8, 'decay': 0.1, 'clip_gradient': 2.0})
for step in range(5):
    with autograd.record():
        loss = gluon.loss.L2Loss()(net(X), y)
    loss.backward()
    trainer.step(16)
    print(step, repr(loss.mean().asscalar()), net.weight.data().asnumpy().tolist())
tmp = tempfile.mkdtemp()
trainer.save_states(os.path.join(tmp, 'opt.states'))
trainer2 = gluon.Trainer(net.collect_params(), 'decoupledsgd', {'learning_rate': 0.05})
trainer2.load_states(os.path.join(tmp, 'opt.states'))
print(trainer2._updaters[0].states[0].asnumpy().tolist(), trainer2.optimizer.momentum)
print(type(trainer2.optimizer).__name__, trainer2.optimizer.num_update)

data = mx.sym.var('data')
out = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(data, num_hidden=1, name='fc'), name='lin')
it = mx.io.NDArrayIter(X, y, batch_size=8, label_name='lin_label')
mod = mx.mod.Module(out, label_names=['lin_label'])
mod.fit(it, num_epoch=3, optimizer='decoupledsgd', optimizer_params={'learning_rate': 0.05, 'decay': 0.0},
        initializer=mx.init.Zero(), eval_metric='mse')
print(mod.get_params()[0]['fc_weight'].asnumpy().tolist(), mod.score(it, 'mse'))
