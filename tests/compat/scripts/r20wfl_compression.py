"""Gradient compression in a two-device Gluon training loop, and the order of its parameter checks."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words


def rounded(a):
    """A sum to 6 digits: dense products sum in the order of the CPU's kernels."""
    return "%.6g" % float(a.asnumpy().astype(np.float64).sum())


ctx = [mx.cpu(0), mx.cpu(1)]
rs = np.random.RandomState(0)
x, y = nd.array(rs.normal(size=(16, 8))), nd.array(rs.randint(0, 3, 16))
for params in [{"type": "2bit", "threshold": 0.01}, {"type": "2bit"}, {"type": "2bit", "threshold": "0.05"},
               {"type": "1bit", "threshold": 0.5}, {"type": "1bit", "threshold": 0}, {"type": "foo", "threshold": "x"},
               {"threshold": 0.5}]:
    for optimizer in ["sgd", "adam"]:
        mx.random.seed(0)
        net = gluon.nn.HybridSequential()
        net.add(gluon.nn.Dense(8, activation="relu"), gluon.nn.Dense(3))
        net.initialize(mx.init.Xavier(), ctx=ctx)
        try:
            trainer = gluon.Trainer(net.collect_params(), optimizer, {"learning_rate": 0.1}, kvstore="device",
                                    compression_params=params)
            for step in range(3):
                xs, ys = gluon.utils.split_and_load(x, ctx), gluon.utils.split_and_load(y, ctx)
                with autograd.record():
                    losses = [gluon.loss.SoftmaxCrossEntropyLoss()(net(a), b) for a, b in zip(xs, ys)]
                for loss in losses:
                    loss.backward()
                trainer.step(16)
            print(params, optimizer, "%.6g" % sum(float(l.sum().asscalar()) for l in losses))
            for name, p in net.collect_params().items():
                print("  ", name, rounded(p.data(ctx[1])))
        except Exception as e:
            print(params, optimizer, words(e))
