# Learning rate schedules with warmup and several optimizers on one quadratic problem, printing lr and weights per step
import mxnet as mx
from mxnet import nd, gluon, autograd

scheds = {
    'multifactor': mx.lr_scheduler.MultiFactorScheduler(step=[2, 5], factor=0.1, base_lr=0.5,
                                                        warmup_steps=2, warmup_begin_lr=0.1),
    'poly': mx.lr_scheduler.PolyScheduler(max_update=8, base_lr=0.5, pwr=2, final_lr=0.01, warmup_steps=1),
    'cosine': mx.lr_scheduler.CosineScheduler(max_update=8, base_lr=0.5, final_lr=0.05, warmup_steps=2,
                                              warmup_mode='constant', warmup_begin_lr=0.2),
    'factor': mx.lr_scheduler.FactorScheduler(step=3, factor=0.7, stop_factor_lr=0.2, base_lr=0.5),
}
for name, s in scheds.items():
    print(name, [repr(s(i)) for i in range(10)])

target = nd.array([1.0, -2.0, 3.0])
for opt, kw in [('nag', {'momentum': 0.9}), ('adagrad', {'eps': 1e-6}), ('adadelta', {'rho': 0.9}),
                ('ftrl', {'lamda1': 0.01}), ('adamax', {}), ('nadam', {}), ('signum', {'momentum': 0.9}),
                ('ftml', {}), ('lamb', {}), ('sgd', {'momentum': 0.5, 'clip_gradient': 0.5})]:
    w = gluon.Parameter('w', shape=(3,), init=mx.init.Zero())
    w.initialize()
    sched = mx.lr_scheduler.FactorScheduler(step=2, factor=0.5, base_lr=0.1)
    tr = gluon.Trainer([w], opt, dict(kw, learning_rate=0.1, lr_scheduler=sched))
    for step in range(4):
        with autograd.record():
            l = ((w.data() - target) ** 2).sum()
        l.backward()
        tr.step(1)
    print(opt, repr(tr.learning_rate), w.data().asnumpy().tolist())
