import os, tempfile
import numpy as np
import mxnet as mx
mx.random.seed(42)
np.random.seed(42)
os.chdir(tempfile.mkdtemp())

class Learner():
    def __init__(self, net, data_loader, ctx):
        self.net = net
        self.data_loader = data_loader
        self.ctx = ctx
        self.data_loader_iter = iter(self.data_loader)
        self.net.initialize(mx.init.Xavier(), ctx=self.ctx)
        self.loss_fn = mx.gluon.loss.SoftmaxCrossEntropyLoss()
        self.trainer = mx.gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': .001})

    def iteration(self, lr=None, take_step=True):
        if lr and (lr != self.trainer.learning_rate):
            self.trainer.set_learning_rate(lr)
        data, label = next(self.data_loader_iter)
        data = data.as_in_context(self.ctx)
        label = label.as_in_context(self.ctx)
        with mx.autograd.record():
            output = self.net(data)
            loss = self.loss_fn(output, label)
        loss.backward()
        if take_step: self.trainer.step(data.shape[0])
        self.iteration_loss = mx.nd.mean(loss).asscalar()
        return self.iteration_loss

from mxnet.gluon.data.vision import transforms
transform = transforms.Compose([
    transforms.ToTensor(),
    transforms.Normalize(mean=[0.4914, 0.4822, 0.4465], std=[0.2023, 0.1994, 0.2010])
])
rs = np.random.RandomState(0)
# synthetic stand-in for CIFAR-10
dataset = mx.gluon.data.ArrayDataset(mx.nd.array(rs.randint(0, 256, (40, 8, 8, 3)), dtype='uint8'),
                                     rs.randint(0, 10, (40,)).astype('int32')).transform_first(transform)

class ContinuousBatchSampler():
    def __init__(self, sampler, batch_size):
        self._sampler = sampler
        self._batch_size = batch_size

    def __iter__(self):
        batch = []
        while True:
            for i in self._sampler:
                batch.append(i)
                if len(batch) == self._batch_size:
                    yield batch
                    batch = []

sampler = mx.gluon.data.RandomSampler(len(dataset))
batch_sampler = ContinuousBatchSampler(sampler, batch_size=8)
data_loader = mx.gluon.data.DataLoader(dataset, batch_sampler=batch_sampler)

class LRFinder():
    def __init__(self, learner):
        self.learner = learner

    def find(self, lr_start=1e-6, lr_multiplier=1.1, smoothing=0.3):
        self.learner.iteration(take_step=False)
        print('kv initialized before:', self.learner.trainer._kv_initialized)
        if not self.learner.trainer._kv_initialized:
            self.learner.trainer._init_kvstore()
        print('kv initialized after:', self.learner.trainer._kv_initialized, self.learner.trainer._kvstore, self.learner.trainer._update_on_kvstore)
        self.learner.net.save_parameters("lr_finder.params")
        self.learner.trainer.save_states("lr_finder.state")
        lr = lr_start
        self.results = []
        stopping_criteria = LRFinderStoppingCriteria(smoothing)
        while True:
            loss = self.learner.iteration(lr)
            self.results.append((lr, loss))
            if stopping_criteria(loss):
                break
            lr = lr * lr_multiplier
        self.learner.net.load_parameters("lr_finder.params", ctx=self.learner.ctx)
        self.learner.trainer.load_states("lr_finder.state")
        return self.results

class LRFinderStoppingCriteria():
    def __init__(self, smoothing=0.3, min_iter=20):
        self.smoothing = smoothing
        self.min_iter = min_iter
        self.first_loss = None
        self.running_mean = None
        self.counter = 0

    def __call__(self, loss):
        self.counter += 1
        if self.first_loss is None:
            self.first_loss = loss
        if self.running_mean is None:
            self.running_mean = loss
        else:
            self.running_mean = ((1 - self.smoothing) * loss) + (self.smoothing * self.running_mean)
        return (self.running_mean > self.first_loss * 2) and (self.counter >= self.min_iter)

def small_net():
    net = mx.gluon.nn.HybridSequential()
    net.add(mx.gluon.nn.Dense(32, activation='relu'), mx.gluon.nn.Dense(10))
    return net

ctx = mx.cpu()
net = small_net()
learner = Learner(net=net, data_loader=data_loader, ctx=ctx)
lr_finder = LRFinder(learner)
results = lr_finder.find(lr_start=1e-3, lr_multiplier=1.5)
print(len(results), ["%.3g:%.3f" % r for r in results])
print(sorted(os.listdir('.')))
learner.net.save_parameters("net.params")
for lr in [0.05, 0.5, 0.005]:
    net = small_net()
    learner = Learner(net=net, data_loader=data_loader, ctx=ctx)
    learner.iteration(take_step=False)
    learner.net.load_parameters("net.params", ctx=ctx)
    for iter_idx in range(6):
        learner.iteration(lr=lr)
        if ((iter_idx % 3) == 0):
            print("Iteration: {}, Loss: {:.4g}".format(iter_idx, learner.iteration_loss))
    print("Final Loss: {:.4g}".format(learner.iteration_loss), learner.trainer.learning_rate)
