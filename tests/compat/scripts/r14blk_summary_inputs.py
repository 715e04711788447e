"""Block.summary with one array, several arrays, a list argument, tuple and list outputs, nested custom blocks,
shared and frozen parameters."""
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn


class Two(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.a = nn.Dense(2, in_units=2)
            self.b = nn.Dense(3, in_units=4)

    def hybrid_forward(self, F, x, y):
        return self.a(x), self.b(y)


class Listed(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.a = nn.Dense(2, in_units=2)

    def hybrid_forward(self, F, x):
        return [self.a(x[0]), x[1]]


class Outer(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.inner = Listed()
            self.head = nn.Dense(1, in_units=2)
            self.frozen = nn.Dense(2, in_units=2)
        self.frozen.collect_params().setattr("grad_req", "null")

    def hybrid_forward(self, F, x, y):
        a, b = self.inner([x, y])
        return self.head(self.frozen(a)), b


print("## two arrays")
net = Two()
net.initialize()
net.summary(nd.ones((1, 2)), nd.ones((5, 4)))
print("## one list argument")
net = Listed()
net.initialize()
net.summary([nd.ones((1, 2)), nd.ones((3, 3))])
print("## nested")
net = Outer()
net.initialize()
net.summary(nd.ones((4, 2)), nd.ones((2, 2, 2)))
print("## shared")
dense = nn.Dense(2, in_units=2)
seq = nn.Sequential()
seq.add(dense, nn.Dense(2, in_units=2, params=dense.params), dense)
seq.initialize()
seq.summary(nd.ones((1, 2)))
print("## lstm with states")
lstm = gluon.rnn.LSTM(3, num_layers=2)
lstm.initialize()
lstm.summary(nd.ones((2, 1, 4)), lstm.begin_state(batch_size=1))
print("## hybridized")
net = Two()
net.initialize()
net.hybridize()
try:
    net.summary(nd.ones((1, 2)), nd.ones((5, 4)))
except AssertionError as e:
    print("AssertionError:", e)
