"""Block.summary for many kinds of networks (recurrent, concurrent, shared, nested, embedding, transposed
convolution, several inputs and outputs) and its refusals: hybridized blocks, uninitialized parameters,
missing inputs."""
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn
from _words import words


def summary(label, make, *inputs, initialize=True, hybridize=False):
    print("==", label, "hybridize" if hybridize else "")
    try:
        net = make()
        if initialize:
            net.initialize()
        if hybridize:
            net.hybridize()
        net.summary(*inputs)
        print("hooks left:", len(net._forward_hooks), len(net._forward_pre_hooks))
    except Exception as e:
        print(words(e))


def shared():
    net = nn.HybridSequential()
    d = nn.Dense(4, in_units=4)
    net.add(d, nn.Dense(4, params=d.collect_params()), d)
    return net


def nested():
    net = nn.HybridSequential()
    inner = nn.HybridSequential()
    inner.add(nn.Conv2D(2, 3), nn.BatchNorm(), nn.Activation("relu"))
    net.add(inner, nn.GlobalAvgPool2D(), nn.Flatten(), nn.Dense(2))
    return net


def concurrent():
    net = gluon.contrib.nn.HybridConcurrent(axis=1)
    net.add(nn.Dense(2), nn.Dense(3), gluon.contrib.nn.Identity())
    return net


def mixed():
    net = nn.Sequential()
    net.add(nn.Dense(3), nn.Lambda(lambda x: x * 2), nn.Dense(2))
    return net


class TwoInTwoOut(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.d = nn.Dense(2)

    def hybrid_forward(self, F, x, y):
        return self.d(x) + y, x


class ListOut(gluon.Block):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.d = nn.Dense(2)

    def forward(self, x):
        return [self.d(x), (x, x)]


x2, x3, x4 = nd.ones((2, 4)), nd.ones((4, 2, 5)), nd.ones((1, 3, 6, 6))
for hybridize in (False, True):
    summary("shared", shared, x2, hybridize=hybridize)
    summary("nested", nested, x4, hybridize=hybridize)
    summary("lstm", lambda: gluon.rnn.LSTM(3, num_layers=2), x3, hybridize=hybridize)
summary("gru bidirectional NTC", lambda: gluon.rnn.GRU(3, bidirectional=True, layout="NTC"), x3)
summary("lstm cell", lambda: gluon.rnn.LSTMCell(3), nd.ones((2, 5)))
summary("concurrent", concurrent, x2)
summary("mixed Sequential", mixed, x2)
summary("embedding", lambda: nn.Embedding(10, 3), nd.array([[1, 2], [3, 4]]))
summary("transposed convolution", lambda: nn.Conv2DTranspose(2, 3), nd.ones((1, 1, 3, 3)))
summary("batchnorm 3-D", lambda: nn.BatchNorm(), nd.ones((2, 3, 4)))
summary("prelu", lambda: nn.PReLU(), nd.ones((2, 3)))
summary("empty", lambda: nn.HybridSequential(), x2)
summary("two inputs, two outputs", TwoInTwoOut, nd.ones((2, 3)), nd.ones((2, 2)))
summary("list output", ListOut, nd.ones((2, 3)))
summary("uninitialized", nested, x4, initialize=False)
summary("uninitialized shared", shared, x2, initialize=False)
summary("no input", lambda: nn.Dense(3), initialize=True)
summary("wrong input", lambda: nn.Dense(3, in_units=2), x2)
summary("numpy input", lambda: nn.Dense(3), x2.asnumpy())
