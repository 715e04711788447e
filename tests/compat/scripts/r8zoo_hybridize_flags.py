# hybridize() flags read from their text, passed-through inputs' gradients, deferred-init order, cell bases.
import warnings

import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn, rnn
from mxnet.gluon.contrib import rnn as crnn

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:          # the parser's and the attribute messages only: MXNet's others are tracebacks
        message = str(e).split("\n")[0].replace("MXNetError: ", "")
        print(label, "raises", type(e).__name__, message[:70] if "format" in message or "attri" in message else "")


def dense_call(**flags):
    net = nn.Dense(2, in_units=2)
    net.initialize(mx.init.One())
    net.hybridize(**flags)
    return net(nd.array([[1, 2]])).asnumpy().tolist()


for flags in [{"static_alloc": "yes"}, {"static_alloc": "True"}, {"static_alloc": "0"}, {"static_alloc": 1},
              {"static_alloc": 2}, {"static_alloc": None}, {"static_alloc": " true"},
              {"static_alloc": True, "static_shape": "1"}, {"static_alloc": "false", "static_shape": True},
              {"inline_limit": "3"}, {"inline_limit": " +3 "}, {"inline_limit": 3.5}, {"inline_limit": -1},
              {"inline_limit": True}, {"inline_limit": 2 ** 32 - 1}, {"inline_limit": 2 ** 32},
              {"inline_limit": "0x10"},
              {"forward_bulk_size": "x"}, {"backward_bulk_size": 4}]:
    attempt("flags %s" % flags, lambda: dense_call(**flags))


class Passing(gluon.HybridBlock):
    def hybrid_forward(self, F, x, y):
        return x, y + 1, x


for flags in [{}, {"static_alloc": True}, {"inline_limit": 0}, {"inline_limit": 1}, {"inline_limit": 2}]:
    net = Passing()
    net.hybridize(**flags)
    x = nd.array([1., 2.])
    x.attach_grad()
    with autograd.record():
        a, b, c = net(x, x)
        z = (a * 2).sum() + (b * 3).sum() + (c * 4).sum()
    z.backward()
    print("passthrough", flags, x.grad.asnumpy().tolist())


class PassingParameters(gluon.HybridBlock):
    def __init__(self):
        super().__init__()
        self.w = self.params.get("w", shape=(2,), init=mx.init.One())
        self.v = self.params.get("v", shape=(2,), init=mx.init.One())

    def hybrid_forward(self, F, x, w, v):
        return x * v, w, v, w


for flags in [{"static_alloc": True}, {"inline_limit": 0}]:
    net = PassingParameters()
    net.initialize()
    net.hybridize(**flags)
    x = nd.array([1., 2.])
    x.attach_grad()
    with autograd.record():
        outs = net(x)
        z = sum((o * o * (k + 1)).sum() for k, o in enumerate(outs))
    z.backward()
    print("parameters passed", flags, [a.asnumpy().tolist() for a in (x.grad, net.w.grad(), net.v.grad())])


class CalledInReverse(gluon.HybridBlock):
    def __init__(self):
        super().__init__()
        self.a = nn.Dense(2)
        self.b = nn.Dense(3)

    def hybrid_forward(self, F, x):
        return self.a(self.b(x))


for hybridize in (False, True):
    mx.random.seed(0)
    net = CalledInReverse()
    net.initialize()
    if hybridize:
        net.hybridize()
    net(nd.ones((1, 4)))
    print("deferred order", hybridize, [p.data().asnumpy().ravel()[:2].tolist() for p in net.collect_params().values()])

net = nn.HybridSequential()
net.add(nn.Dense(2), nn.Activation("relu"))
net.initialize()
net.optimize_for(nd.ones((1, 3)), backend="MKLDNN")
print("optimize_for", net[0].weight.shape, net[0].weight.data().shape)


def sequential_base():
    seq = rnn.SequentialRNNCell()
    seq.add(rnn.LSTMCell(3))
    return seq


attempt("vardrop states seq", lambda: crnn.VariationalDropoutCell(sequential_base(), drop_states=0.5))
attempt("vardrop inputs seq", lambda: crnn.VariationalDropoutCell(sequential_base(), drop_inputs=0.5))
attempt("zoneout seq", lambda: rnn.ZoneoutCell(sequential_base()))
attempt("vardrop states hybrid seq",
        lambda: crnn.VariationalDropoutCell(rnn.HybridSequentialRNNCell(), drop_states=0.5))
