import math
import copy
import numpy as np
import mxnet as mx
from mxnet.gluon import nn
mx.random.seed(6)
np.random.seed(6)

def show(schedule, iterations=60):
    lrs = [schedule(i) for i in range(iterations)]
    print(type(schedule).__name__, [round(float(l), 6) for l in lrs[::6]], round(float(sum(lrs)), 6))

class TriangularSchedule():
    def __init__(self, min_lr, max_lr, cycle_length, inc_fraction=0.5):
        self.min_lr = min_lr
        self.max_lr = max_lr
        self.cycle_length = cycle_length
        self.inc_fraction = inc_fraction

    def __call__(self, iteration):
        if iteration <= self.cycle_length*self.inc_fraction:
            unit_cycle = iteration * 1 / (self.cycle_length * self.inc_fraction)
        elif iteration <= self.cycle_length:
            unit_cycle = (self.cycle_length - iteration) * 1 / (self.cycle_length * (1 - self.inc_fraction))
        else:
            unit_cycle = 0
        adjusted_cycle = (unit_cycle * (self.max_lr - self.min_lr)) + self.min_lr
        return adjusted_cycle

class CosineAnnealingSchedule():
    def __init__(self, min_lr, max_lr, cycle_length):
        self.min_lr = min_lr
        self.max_lr = max_lr
        self.cycle_length = cycle_length

    def __call__(self, iteration):
        if iteration <= self.cycle_length:
            unit_cycle = (1 + math.cos(iteration * math.pi / self.cycle_length)) / 2
            adjusted_cycle = (unit_cycle * (self.max_lr - self.min_lr)) + self.min_lr
            return adjusted_cycle
        else:
            return self.min_lr

class LinearWarmUp():
    def __init__(self, schedule, start_lr, length):
        self.schedule = schedule
        self.start_lr = start_lr
        self.finish_lr = copy.copy(schedule)(0)
        self.length = length

    def __call__(self, iteration):
        if iteration <= self.length:
            return iteration * (self.finish_lr - self.start_lr)/(self.length) + self.start_lr
        else:
            return self.schedule(iteration - self.length)

class LinearCoolDown():
    def __init__(self, schedule, finish_lr, start_idx, length):
        self.schedule = schedule
        self.start_lr = copy.copy(self.schedule)(start_idx)
        self.finish_lr = finish_lr
        self.start_idx = start_idx
        self.finish_idx = start_idx + length
        self.length = length

    def __call__(self, iteration):
        if iteration <= self.start_idx:
            return self.schedule(iteration)
        elif iteration <= self.finish_idx:
            return (iteration - self.start_idx) * (self.finish_lr - self.start_lr) / (self.length) + self.start_lr
        else:
            return self.finish_lr

class OneCycleSchedule():
    def __init__(self, start_lr, max_lr, cycle_length, cooldown_length=0, finish_lr=None):
        self.start_lr = start_lr
        self.max_lr = max_lr
        self.cycle_length = cycle_length
        self.cooldown_length = cooldown_length
        self.finish_lr = finish_lr if (cooldown_length > 0) else start_lr
        self.total_length = cycle_length + cooldown_length

    def __call__(self, iteration):
        if iteration <= self.cycle_length:
            unit_cycle = 1 - abs(2 * iteration / self.cycle_length - 1)
            return self.start_lr + unit_cycle * (self.max_lr - self.start_lr)
        elif iteration <= self.total_length:
            return self.start_lr + (iteration - self.cycle_length) * (self.finish_lr - self.start_lr) / self.cooldown_length
        return self.finish_lr

class CyclicalSchedule():
    def __init__(self, schedule_class, cycle_length, cycle_length_decay=1, cycle_magnitude_decay=1, **kwargs):
        self.schedule_class = schedule_class
        self.length = cycle_length
        self.length_decay = cycle_length_decay
        self.magnitude_decay = cycle_magnitude_decay
        self.kwargs = kwargs

    def __call__(self, iteration):
        cycle_idx = 0
        cycle_length = self.length
        idx = self.length
        while idx <= iteration:
            cycle_length = math.ceil(cycle_length * self.length_decay)
            cycle_idx += 1
            idx += cycle_length
        cycle_offset = iteration - idx + cycle_length
        schedule = self.schedule_class(cycle_length=cycle_length, **self.kwargs)
        return schedule(cycle_offset) * self.magnitude_decay**cycle_idx

show(TriangularSchedule(min_lr=1, max_lr=2, cycle_length=50))
show(TriangularSchedule(min_lr=1, max_lr=2, cycle_length=50, inc_fraction=0.2))
show(CosineAnnealingSchedule(min_lr=0.1, max_lr=1, cycle_length=50))
show(LinearWarmUp(OneCycleSchedule(start_lr=1, max_lr=2, cycle_length=40), start_lr=0.5, length=10))
show(LinearCoolDown(CosineAnnealingSchedule(min_lr=0.1, max_lr=1, cycle_length=40), finish_lr=0.01, start_idx=30, length=10))
show(CyclicalSchedule(CosineAnnealingSchedule, min_lr=0.1, max_lr=2, cycle_length=10, cycle_length_decay=1.5, cycle_magnitude_decay=0.8))
show(CyclicalSchedule(TriangularSchedule, min_lr=0.5, max_lr=2, cycle_length=20))
show(mx.lr_scheduler.CosineScheduler(max_update=40, base_lr=1, final_lr=0.2, warmup_steps=10, warmup_begin_lr=0.1, warmup_mode='linear'))

# the schedule drives the optimizer through Trainer
net = nn.HybridSequential()
net.add(nn.Dense(4, activation='relu'), nn.Dense(2))
net.initialize(mx.init.Xavier())
schedule = CyclicalSchedule(TriangularSchedule, min_lr=0.01, max_lr=0.1, cycle_length=4)
try:
    mx.optimizer.SGD(learning_rate=0.05, lr_scheduler=schedule, momentum=0.9)
except AttributeError as e:
    print('AttributeError', e)
sgd = mx.optimizer.SGD(lr_scheduler=schedule, momentum=0.9)
print(sgd.lr, sgd.learning_rate)
trainer = mx.gluon.Trainer(net.collect_params(), sgd)
x = mx.nd.random.uniform(shape=(6, 3))
y = mx.nd.array([0, 1, 0, 1, 1, 0])
loss_fn = mx.gluon.loss.SoftmaxCrossEntropyLoss()
for i in range(8):
    with mx.autograd.record():
        l = loss_fn(net(x), y)
    l.backward()
    trainer.step(6)
    print(i, round(trainer.learning_rate, 6), sgd.num_update, '%.4f' % l.mean().asscalar())
print(round(sgd.learning_rate, 6), sgd.lr_scheduler is schedule)
try:
    trainer.set_learning_rate(0.5)
except Exception as e:
    print(type(e).__name__, e)
