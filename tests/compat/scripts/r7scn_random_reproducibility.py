# Reproducibility: reseeding mx.random gives the same init, dropout masks, samplers and random ops
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn


def run(seed):
    mx.random.seed(seed)
    net = nn.Sequential()
    net.add(nn.Dense(4, activation='relu'), nn.Dropout(0.5), nn.Dense(1))
    net.initialize(mx.init.Xavier())
    x = nd.ones((2, 3))
    with autograd.record():
        y = net(x)
    pred = net(x)
    draws = [nd.random.uniform(0, 1, shape=(3,)), nd.random.normal(0, 1, shape=(2,)),
             nd.random.randint(0, 10, shape=(4,)), nd.random.multinomial(nd.array([0.2, 0.3, 0.5]), shape=3),
             nd.random.shuffle(nd.arange(6)), nd.random.exponential(2.0, shape=(2,)),
             nd.random.gamma(2.0, 1.0, shape=(2,)), nd.random.poisson(3.0, shape=(3,))]
    return y, pred, draws, net[0].weight.data()


a = run(123)
b = run(123)
c = run(7)
print(a[0].asnumpy().tolist(), a[1].asnumpy().tolist())
print([d.asnumpy().tolist() for d in a[2]])
print('same seed same', all((p == q).asnumpy().all() for p, q in zip(a[2], b[2])), (a[0] == b[0]).asnumpy().all())
print('other seed differs', (a[3] != c[3]).asnumpy().any())
mx.random.seed(5)
x = nd.random.uniform(shape=(2, 2))
mx.random.seed(5)
print((nd.random.uniform(shape=(2, 2)) == x).asnumpy().all(), x.asnumpy().tolist())
mx.random.seed(1)
print(nd.random.normal(loc=nd.array([0.0, 10.0]), scale=nd.array([1.0, 0.1]), shape=2).asnumpy().tolist())
print(nd.random.uniform(low=nd.array([0.0]), high=nd.array([1.0]), shape=(3,)).asnumpy().tolist())
mx.random.seed(1)
drop = nd.Dropout(nd.ones((2, 6)), p=0.5, mode='always')
print(drop.asnumpy().tolist())
