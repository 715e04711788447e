"""User lr schedulers (built-in with warmup and a subclass), a scheduled Trainer, updater state round trips and three steps of every optimizer give MXNet numbers."""
# recorded on AVX2
import mxnet as mx, numpy as np, logging
from mxnet import lr_scheduler as ls
scheds = [ls.FactorScheduler(step=3, factor=0.5, stop_factor_lr=1e-3, base_lr=0.1),
          ls.MultiFactorScheduler(step=[2, 5, 7], factor=0.1, base_lr=1.0),
          ls.PolyScheduler(max_update=10, base_lr=0.1, pwr=2, final_lr=0.001),
          ls.CosineScheduler(max_update=10, base_lr=0.1, final_lr=0.0, warmup_steps=3, warmup_begin_lr=0.01),
          ls.FactorScheduler(step=2, factor=0.9, base_lr=0.1, warmup_steps=4, warmup_begin_lr=0.0, warmup_mode='constant'),
          ls.MultiFactorScheduler(step=[4, 8], factor=0.5, base_lr=0.2, warmup_steps=3, warmup_mode='linear')]
for s in scheds:
    print(type(s).__name__, [round(s(i), 8) for i in range(0, 13)])
class WarmupPoly(ls.LRScheduler):
    def __init__(self, base_lr, warm, total):
        super(WarmupPoly, self).__init__(base_lr)
        self.warm, self.total = warm, total
    def __call__(self, num_update):
        if num_update < self.warm:
            return self.base_lr * (num_update + 1) / self.warm
        return self.base_lr * (1 - float(num_update - self.warm) / (self.total - self.warm)) ** 0.9
w = WarmupPoly(0.5, 3, 12); print([round(w(i), 7) for i in range(12)])
# scheduler inside optimizer & trainer
mx.random.seed(0); np.random.seed(0)
net = mx.gluon.nn.Dense(2, in_units=3); net.initialize(mx.init.One())
sch = ls.MultiFactorScheduler(step=[2, 4], factor=0.5)
tr = mx.gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.4, 'lr_scheduler': sch, 'momentum': 0.5})
x = mx.nd.ones((4, 3))
for i in range(6):
    with mx.autograd.record():
        l = net(x).sum()
    l.backward(); tr.step(4)
    print(i, tr.learning_rate, sch.base_lr, net.weight.data()[0].asnumpy())

opt = mx.optimizer.create('adam', learning_rate=0.01, lr_scheduler=ls.FactorScheduler(2, 0.5))
print(opt.learning_rate, opt.lr_scheduler.base_lr)
upd = mx.optimizer.get_updater(opt)
w = mx.nd.ones((2,)); g = mx.nd.array([0.1, -0.2])
for i in range(5):
    upd(0, g, w); print(i, w.asnumpy(), opt.num_update, opt._get_lr(0))
print(sorted(upd.states.keys()))
st = upd.get_states(); upd2 = mx.optimizer.get_updater(mx.optimizer.create('adam', learning_rate=0.01)); upd2.set_states(st)
print(upd2.states[0])
for name in ['sgd', 'adam', 'rmsprop', 'adagrad', 'adadelta', 'nag', 'ftml', 'signum', 'lamb', 'adamax', 'nadam', 'ftrl', 'dcasgd', 'sgld', 'lars', 'lans', 'test']:
    try:
        o = mx.optimizer.create(name, learning_rate=0.1, wd=0.01, rescale_grad=0.5, clip_gradient=1.0)
        u = mx.optimizer.get_updater(o)
        mx.random.seed(5)
        w = mx.nd.array([[0.5, -1.5], [2.0, 0.1]]); 
        for k in range(3):
            u(3, mx.nd.array([[1.0, -3.0], [0.2, 0.0]]) * (k + 1), w)
        print(name, w.asnumpy().tolist())
    except Exception as e:
        print(name, type(e).__name__, str(e)[:100])
