"""NDArray rates through Trainer (set_learning_rate, wd, rescale_grad, lr_mult), Updater states round trips and Module.fit, for sgd, adagrad, adadelta, dcasgd, test, nag and rmsprop: values or the update operators' refusals of an array's text."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd, gluon, autograd
import numpy as np
import pickle
np.set_printoptions(precision=8)
def case(n, desc, f):
    print("== case %d: %s" % (n, desc))
    try:
        r = f()
        if r is not None: print(r)
    except Exception as e:
        lines = [l for l in str(e).splitlines() if l.strip() and not l.startswith((" ", "Traceback", "Stack trace"))]
        print("ERR", type(e).__name__, (lines[0][:300] if lines else "").split("] ")[-1])
n = 0
def C(desc):
    def deco(f):
        global n
        n += 1
        case(n, desc, f)
    return deco
def net_trainer(opt, params):
    net = gluon.nn.Dense(2, in_units=2)
    net.initialize(mx.init.One())
    tr = gluon.Trainer(net.collect_params(), opt, params)
    return net, tr
def step(net, tr):
    with autograd.record():
        y = (net(nd.array([[1., 2.]])) ** 2).sum()
    y.backward()
    tr.step(1)
for opt in ["sgd", "adagrad", "adadelta", "dcasgd", "test", "nag", "rmsprop"]:
    @C(f"{opt} Trainer.set_learning_rate nd")
    def _():
        net, tr = net_trainer(opt, {"learning_rate": 0.1})
        tr.set_learning_rate(nd.array([0.05]))
        step(net, tr)
        return net.weight.data().asnumpy(), tr.learning_rate
    @C(f"{opt} Trainer wd nd")
    def _():
        net, tr = net_trainer(opt, {"learning_rate": 0.1, "wd": nd.array([0.01])})
        step(net, tr)
        return net.weight.data().asnumpy()
    @C(f"{opt} Trainer rescale_grad nd")
    def _():
        net, tr = net_trainer(opt, {"learning_rate": 0.1, "rescale_grad": nd.array([0.5])})
        step(net, tr)
        return net.weight.data().asnumpy()
    @C(f"{opt} lr_mult with nd lr")
    def _():
        net, tr = net_trainer(opt, {"learning_rate": nd.array([0.1])})
        net.weight.lr_mult = 2.0
        step(net, tr)
        return net.weight.data().asnumpy(), tr.learning_rate
    @C(f"{opt} updater states pickle nd lr")
    def _():
        o = mx.optimizer.create(opt, learning_rate=nd.array([0.1]))
        u = mx.optimizer.get_updater(o)
        w = nd.array([1.0, 2.0]); g = nd.array([0.1, 0.2])
        u(0, g, w)
        st = u.get_states(dump_optimizer=True)
        u2 = mx.optimizer.get_updater(mx.optimizer.create(opt))
        u2.set_states(st)
        return type(u2.optimizer.lr).__name__, u2.optimizer.lr
    @C(f"{opt} Module nd lr")
    def _():
        d = mx.sym.var("data")
        out = mx.sym.LinearRegressionOutput(mx.sym.FullyConnected(d, num_hidden=1, name="fc"), mx.sym.var("lin_reg_label"))
        mod = mx.mod.Module(out, label_names=["lin_reg_label"])
        it = mx.io.NDArrayIter(nd.ones((4, 2)), nd.ones((4, 1)), batch_size=2, label_name="lin_reg_label")
        mod.fit(it, num_epoch=1, initializer=mx.init.One(), optimizer=opt, optimizer_params={"learning_rate": nd.array([0.1])})
        return mod.get_params()[0]["fc_weight"].asnumpy()
