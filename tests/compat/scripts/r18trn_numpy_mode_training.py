"""Training in numpy mode (npx.set_np): mx.np batches, one or two devices, hybridized and not, with BatchNorm;
the summed loss at each step and the parameters' sum."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx, gluon, autograd
from mxnet.gluon import nn

npx.set_np()
for optimizer, kwargs in [("sgd", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01}), ("adam", {"learning_rate": 0.01}),
                          ("rmsprop", {"learning_rate": 0.01, "centered": True}), ("nag", {"momentum": 0.9}),
                          ("adagrad", {}), ("lamb", {}), ("lbsgd", {"batch_scale": 2})]:
    for hybrid, devices in [(False, 1), (True, 1), (True, 2)]:
        mx.random.seed(2)
        contexts = [mx.cpu(i) for i in range(devices)]
        net = nn.HybridSequential()
        net.add(nn.Dense(6, activation="relu"), nn.BatchNorm(), nn.Dense(3))
        net.initialize(mx.init.Xavier(), ctx=contexts)
        if hybrid:
            net.hybridize()
        trainer = gluon.Trainer(net.collect_params(), optimizer, kwargs)
        losses = []
        for step in range(4):
            rs = onp.random.RandomState(step)
            xs = gluon.utils.split_and_load(np.array(rs.randn(6, 4).astype("float32")), contexts)
            ys = gluon.utils.split_and_load(np.array(rs.randint(0, 3, 6)), contexts)
            with autograd.record():
                step_losses = [gluon.loss.SoftmaxCrossEntropyLoss()(net(x), y) for x, y in zip(xs, ys)]
            autograd.backward(step_losses)
            trainer.step(6)
            losses.append("%.5g" % sum(float(l.sum()) for l in step_losses))
        total = sum(float(np.abs(p.data()).sum()) for p in net.collect_params().values())
        print(optimizer, sorted(kwargs), "hybrid" if hybrid else "", devices, " ".join(losses), "| %.5g" % total)
