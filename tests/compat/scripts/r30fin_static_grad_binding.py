"""A block hybridized with static_alloc and static_shape keeps writing gradients into the buffers of its first backward after initialize(force_reinit=True) or reset_ctx to the same device (new buffers stay zero, a Trainer step then leaves the weights); a grad_req, input shape or device change rebinds."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def dense(static_shape=True):
    net = nn.Dense(2, in_units=2)
    net.initialize(init="ones")
    net.hybridize(static_alloc=True, static_shape=static_shape)
    return net


def backward(net, x):
    with autograd.record():
        z = net(x).sum()
    z.backward()


def grads(*arrays):
    return [a.asnumpy().ravel().tolist() for a in arrays]


x = nd.ones((1, 2))
for how in ["force_reinit", "reset_ctx", "cast", "grad_req add", "set_data"]:
    for static_shape in (True, False):
        net = dense(static_shape)
        backward(net, x)
        old = net.weight.grad()
        if how == "force_reinit":
            net.initialize(mx.init.Constant(3), force_reinit=True)
        elif how == "reset_ctx":
            net.collect_params().reset_ctx(mx.cpu(0))
        elif how == "cast":
            net.cast("float64")
        elif how == "grad_req add":
            net.collect_params().setattr("grad_req", "add")
        else:
            net.weight.set_data(nd.ones((2, 2)) * 3)
        backward(net, (x * 2).astype(net.weight.dtype))
        print(how, "static_shape" if static_shape else "static_alloc", "new:", grads(net.weight.grad()),
              "first:", grads(old), "fresh:", net.weight.data()._fresh_grad)

net = dense()
net.initialize(mx.init.Constant(3), force_reinit=True)      # before any backward: nothing bound yet
backward(net, x)
print("reinit before backward:", grads(net.weight.grad()))

net = dense()
backward(net, x)
first = net.weight.grad()
net.initialize(mx.init.Constant(3), force_reinit=True)
backward(net, x)
second = net.weight.grad()
net.initialize(mx.init.Constant(5), force_reinit=True)
backward(net, x * 3)
print("twice:", grads(net.weight.grad(), second, first))

net = dense()
backward(net, x)
first = net.weight.grad()
net.initialize(mx.init.Constant(3), force_reinit=True)
backward(net, nd.ones((3, 2)))
print("new batch shape:", grads(net.weight.grad(), first))

net = dense()
backward(net, x)
first = net.weight.grad()
net.collect_params().reset_ctx(mx.cpu(1))
backward(net, x.as_in_context(mx.cpu(1)))
print("reset_ctx to another device:", grads(net.weight.grad(), first))

net = dense()
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
backward(net, x)
trainer.step(1)
net.initialize(mx.init.Constant(3), force_reinit=True)
backward(net, x)
trainer.step(1)
print("trainer after reinit:", grads(net.weight.data(), net.bias.data()))

mx.random.seed(0)
lstm = gluon.rnn.LSTM(3, input_size=4)
lstm.initialize()
lstm.hybridize(static_alloc=True, static_shape=True)
seq = nd.ones((2, 2, 4))
backward(lstm, seq)
lstm.initialize(mx.init.Constant(0.1), force_reinit=True)
backward(lstm, seq)
print("lstm:", [(k, v.grad().asnumpy().ravel()[:2].tolist()) for k, v in sorted(lstm.collect_params().items())])
