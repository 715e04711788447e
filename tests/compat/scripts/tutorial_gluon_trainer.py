import mxnet as mx
from mxnet import nd, autograd, optimizer, gluon
mx.random.seed(5)
import numpy as _np
def show(a):
    """dot-product results differ in the last ulp between oneDNN ISAs: compare them rounded"""
    print(_np.round(a.asnumpy(), 5), a.shape, a.dtype)

net = gluon.nn.Dense(1)
net.initialize()
trainer = gluon.Trainer(net.collect_params(),
                        optimizer='sgd', optimizer_params={'learning_rate':1})
batch_size = 8
X = nd.random.uniform(shape=(batch_size, 4))
y = nd.random.uniform(shape=(batch_size,))
loss = gluon.loss.L2Loss()

def forward_backward():
    with autograd.record():
        l = loss(net(X), y)
    l.backward()

forward_backward()
curr_weight = net.weight.data().copy()
print(curr_weight)
trainer.step(batch_size)
show(net.weight.data())
show(curr_weight - net.weight.grad() * 1 / batch_size)

optim = optimizer.Adam(learning_rate = 1)
trainer = gluon.Trainer(net.collect_params(), optim)
forward_backward()
trainer.step(batch_size)
show(net.weight.data())
print(trainer.learning_rate)
trainer.set_learning_rate(0.1)
print(trainer.learning_rate)
forward_backward()
trainer.step(batch_size)
show(net.weight.data()); show(net.bias.data())
print(type(trainer.optimizer).__name__, trainer.optimizer.num_update)
