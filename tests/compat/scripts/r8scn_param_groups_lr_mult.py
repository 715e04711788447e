# Per-parameter learning-rate and weight-decay multipliers, frozen groups, a warmup+cosine schedule, set_learning_rate
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class WarmupLinear(mx.lr_scheduler.LRScheduler):
    def __init__(self, warmup, total, base_lr):
        super(WarmupLinear, self).__init__(base_lr=base_lr)
        self.warmup, self.total = warmup, total

    def __call__(self, num_update):
        if num_update < self.warmup:
            return self.base_lr * (num_update + 1) / self.warmup
        return self.base_lr * max(0.0, (self.total - num_update) / (self.total - self.warmup))


mx.random.seed(50)
net = nn.HybridSequential(prefix='net_')
with net.name_scope():
    net.add(nn.Dense(8, activation='relu'), nn.Dense(8, activation='relu'), nn.Dense(2))
net.initialize(mx.init.Xavier())
X = nd.random.normal(shape=(16, 5))
y = nd.random.randint(0, 2, shape=(16,)).astype('float32')
net(X)
net.collect_params('.*bias').setattr('wd_mult', 0.0)
net[2].collect_params().setattr('lr_mult', 10.0)
net[0].collect_params().setattr('grad_req', 'null')
print([(k, v.lr_mult, v.wd_mult, v.grad_req) for k, v in sorted(net.collect_params().items())])
sched = WarmupLinear(3, 10, 0.05)
print([round(sched(i), 6) for i in range(11)])
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'lr_scheduler': sched, 'wd': 0.01, 'momentum': 0.9})
w0 = net[0].weight.data().copy()
loss_fn = gluon.loss.SoftmaxCELoss()
for step in range(6):
    with autograd.record():
        loss = loss_fn(net(X), y)
    loss.backward()
    trainer.step(16)
    print(step, repr(trainer.learning_rate), repr(loss.mean().asscalar()))
print(float((net[0].weight.data() - w0).abs().sum().asscalar()))
print(net[2].bias.data().asnumpy().tolist(), net[1].bias.data()[:3].asnumpy().tolist())
cos = mx.lr_scheduler.CosineScheduler(max_update=10, base_lr=0.1, final_lr=0.01, warmup_steps=2, warmup_begin_lr=0.0)
print([repr(cos(i)) for i in (0, 1, 2, 5, 9, 10, 12)])
plain = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.01})
plain.set_learning_rate(0.002)
print(plain.learning_rate, plain.optimizer.lr)
try:
    trainer.set_learning_rate(0.1)
    print('set with scheduler', trainer.learning_rate)
except UserWarning as e:
    print('UserWarning', e)
