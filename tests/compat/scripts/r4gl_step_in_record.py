# Trainer.step / optimizer updates inside autograd.record(): writing a weight that is in the graph fails as in
# MXNet; plain arrays update; allreduce_grads and a paused step are fine.
import warnings
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd

warnings.simplefilter("ignore")


def net_and_data():
    net = gluon.nn.Dense(3, in_units=4)
    net.initialize(mx.init.Constant(0.5))
    x = nd.array(np.arange(8).reshape(2, 4) / 8.0)
    return net, x


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "raises", type(e).__name__)


def step_in_record(opt, **kwargs):
    net, x = net_and_data()
    trainer = gluon.Trainer(net.collect_params(), opt, dict(learning_rate=0.1, **kwargs))
    with autograd.record():
        loss = net(x).sum()
        loss.backward()
        trainer.step(2)
    return net.weight.data().asnumpy().ravel()[:3].tolist()


for opt, kwargs in [("sgd", {}), ("sgd", {"momentum": 0.9}), ("adam", {}), ("adagrad", {}), ("adadelta", {}),
                    ("rmsprop", {"centered": True}), ("nag", {"momentum": 0.9}), ("signum", {}), ("ftrl", {})]:
    attempt(f"step in record {opt} {kwargs}", lambda: step_in_record(opt, **kwargs))


def paused_step():
    net, x = net_and_data()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
    with autograd.record():
        loss = net(x).sum()
        loss.backward()
        trainer.allreduce_grads()
        with autograd.pause():
            trainer.update(2)
    return net.weight.data().asnumpy().ravel()[:3].tolist()


attempt("allreduce in record, update paused", paused_step)


def direct(attach):
    opt = mx.optimizer.SGD(learning_rate=0.1, momentum=0.5)
    w, g = nd.ones((3,)), nd.array([1.0, 2.0, 3.0])
    if attach:
        w.attach_grad()
    state = opt.create_state(0, w)
    with autograd.record():
        opt.update(0, w, g, state)
    return w.asnumpy().tolist()


attempt("optimizer.update in record, plain weight", lambda: direct(False))
attempt("optimizer.update in record, weight with grad", lambda: direct(True))
