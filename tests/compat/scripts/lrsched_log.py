# Scheduler logging, state after calls, use inside an optimizer, subclassing LRScheduler.
import mxnet as mx, logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format='%(levelname)s:%(message)s')
s = mx.lr_scheduler.FactorScheduler(step=2, factor=0.1, stop_factor_lr=1e-3, base_lr=1.0)
print([s(i) for i in range(0, 12, 3)], s.count, s.base_lr)
s = mx.lr_scheduler.MultiFactorScheduler(step=[2, 5], factor=0.5, base_lr=1.0)
print([s(i) for i in range(8)], s.cur_step_ind, s.count)
s = mx.lr_scheduler.PolyScheduler(max_update=4, base_lr=1.0, warmup_steps=2)
print([s(i) for i in range(7)], s.base_lr)
s = mx.lr_scheduler.CosineScheduler(max_update=4, base_lr=1.0, warmup_steps=2, warmup_mode='constant', warmup_begin_lr=0.1)
print([s(i) for i in range(7)])
class Half(mx.lr_scheduler.LRScheduler):
    def __call__(self, num_update):
        return self.base_lr / (1 + num_update)
h = Half(base_lr=2.0)
print(h(0), h(3), h.warmup_steps, h.warmup_mode)
opt = mx.optimizer.SGD(learning_rate=0.5, lr_scheduler=mx.lr_scheduler.FactorScheduler(step=1, factor=0.5))
print(opt.lr_scheduler.base_lr)
w = mx.nd.ones((2,)); g = mx.nd.ones((2,))
st = opt.create_state(0, w)
for i in range(4):
    opt.update(0, w, g, st)
    print(i, w.asnumpy().tolist(), opt.num_update, opt._get_lr(0))
