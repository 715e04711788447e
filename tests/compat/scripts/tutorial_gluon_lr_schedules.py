from __future__ import print_function
import math
import mxnet as mx
from mxnet.gluon import nn
from mxnet.gluon.data.vision import transforms
import numpy as np
mx.random.seed(2)
np.random.seed(2)

def plot_schedule(schedule_fn, iterations=1500):
    iterations = [i+1 for i in range(iterations)]
    lrs = [schedule_fn(i) for i in iterations]
    picks = [0, 1, 248, 249, 250, 251, 749, 750, 751, 899, 900, 998, 999, 1000, 1499]
    print([lrs[i] for i in picks], sum(lrs))

schedule = mx.lr_scheduler.FactorScheduler(step=250, factor=0.5)
schedule.base_lr = 1
plot_schedule(schedule)
schedule = mx.lr_scheduler.MultiFactorScheduler(step=[250, 750, 900], factor=0.5)
schedule.base_lr = 1
plot_schedule(schedule)
schedule = mx.lr_scheduler.PolyScheduler(max_update=1000, base_lr=1, pwr=2)
plot_schedule(schedule)
schedule = mx.lr_scheduler.CosineScheduler(max_update=1000, base_lr=1, final_lr=0.1, warmup_steps=100, warmup_begin_lr=0.05)
plot_schedule(schedule)
schedule = mx.lr_scheduler.FactorScheduler(step=100, factor=0.9, stop_factor_lr=0.2, warmup_steps=50, warmup_mode='constant', warmup_begin_lr=0.01)
schedule.base_lr = 1
plot_schedule(schedule)

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

schedule = CosineAnnealingSchedule(min_lr=0, max_lr=1, cycle_length=1000)
plot_schedule(schedule)

ctx = mx.cpu()
num_outputs = 10
batch_size = 4
# synthetic stand-in for MNIST: 12 images of 28x28x1 uint8
images = mx.nd.array(np.random.randint(0, 256, size=(12, 28, 28, 1)), dtype='uint8')
targets = np.random.randint(0, 10, size=(12,)).astype('float32')
train_dataset = mx.gluon.data.ArrayDataset(images, targets).transform_first(transforms.ToTensor())
train_dataloader = mx.gluon.data.DataLoader(train_dataset, batch_size, shuffle=False)

def build_cnn():
    net = nn.HybridSequential()
    net.add(nn.Conv2D(channels=10, kernel_size=5, activation='relu'))
    net.add(nn.MaxPool2D(pool_size=2, strides=2))
    net.add(nn.Conv2D(channels=20, kernel_size=5, activation='relu'))
    net.add(nn.MaxPool2D(pool_size=2, strides=2))
    net.add(nn.Flatten())
    net.add(nn.Dense(512, activation="relu"))
    net.add(nn.Dense(num_outputs))
    return net

net = build_cnn()
print(net)
net.initialize(mx.init.Xavier(), ctx=ctx)
softmax_cross_entropy = mx.gluon.loss.SoftmaxCrossEntropyLoss()
steps_epochs = [1, 2, 3]
iterations_per_epoch = math.ceil(len(train_dataset) / batch_size)
steps_iterations = [s*iterations_per_epoch for s in steps_epochs]
print("Learning rate drops after iterations: {}".format(steps_iterations))
schedule = mx.lr_scheduler.MultiFactorScheduler(step=steps_iterations, factor=0.1)
sgd_optimizer = mx.optimizer.SGD(learning_rate=0.03, lr_scheduler=schedule)
trainer = mx.gluon.Trainer(params=net.collect_params(), optimizer=sgd_optimizer)
num_epochs = 4
for epoch in range(1, num_epochs+1):
    for batch_num, (data, label) in enumerate(train_dataloader, start=1):
        data = data.as_in_context(ctx)
        label = label.as_in_context(ctx)
        with mx.autograd.record():
            output = net(data)
            loss = softmax_cross_entropy(output, label)
        loss.backward()
        trainer.step(data.shape[0])
        if batch_num == 1:
            curr_loss = mx.nd.mean(loss).asscalar()
            curr_lr = trainer.learning_rate
            print("Epoch: %d; Batch %d; Loss %.3f; LR %f" % (epoch, batch_num, curr_loss, curr_lr))

net = build_cnn()
net.initialize(mx.init.Xavier(), ctx=ctx)
schedule = mx.lr_scheduler.MultiFactorScheduler(step=steps_iterations, factor=0.1)
schedule.base_lr = 0.03
sgd_optimizer = mx.optimizer.SGD()
trainer = mx.gluon.Trainer(params=net.collect_params(), optimizer=sgd_optimizer)
iteration_idx = 1
for epoch in range(1, num_epochs + 1):
    for batch_num, (data, label) in enumerate(train_dataloader, start=1):
        with mx.autograd.record():
            output = net(data)
            loss = softmax_cross_entropy(output, label)
        loss.backward()
        lr = schedule(iteration_idx)
        trainer.set_learning_rate(lr)
        trainer.step(data.shape[0])
        if batch_num == 1:
            curr_loss = mx.nd.mean(loss).asscalar()
            curr_lr = trainer.learning_rate
            print("Epoch: %d; Batch %d; Loss %.3f; LR %f" % (epoch, batch_num, curr_loss, curr_lr))
        iteration_idx += 1
