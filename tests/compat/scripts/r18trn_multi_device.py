"""Training on two devices through each kvstore type and update_on_kvstore choice, saving and reloading the
trainer's states mid-run; LBSGD's large batches summed through the kvstore's merge buffer."""
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon import nn

DEVICES = [mx.cpu(0), mx.cpu(1)]
STATES = os.path.join(tempfile.mkdtemp(), "trainer.states")
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()


def run(optimizer, kwargs, kvstore, update_on_kvstore, reload_at=None, steps=6):
    mx.random.seed(2)
    net = nn.HybridSequential()
    net.add(nn.Dense(6, activation="tanh", in_units=5), nn.Dense(3, in_units=6))
    net.initialize(mx.init.Xavier(), ctx=DEVICES)
    params = net.collect_params()
    trainer = gluon.Trainer(params, optimizer, kwargs, kvstore=kvstore, update_on_kvstore=update_on_kvstore)
    losses = []
    for step in range(steps):
        rs = np.random.RandomState(200 + step)
        xs = gluon.utils.split_and_load(nd.array(rs.randn(8, 5)), DEVICES)
        ys = gluon.utils.split_and_load(nd.array(rs.randint(0, 3, size=(8,))), DEVICES)
        with autograd.record():
            losses_here = [loss_fn(net(x), y) for x, y in zip(xs, ys)]
        autograd.backward(losses_here)
        trainer.step(8)
        losses.append("%.5g" % (sum(l.sum().asscalar() for l in losses_here) / 8))
        if step == reload_at:
            trainer.save_states(STATES)
            trainer = gluon.Trainer(params, optimizer, kwargs, kvstore=kvstore, update_on_kvstore=update_on_kvstore)
            trainer.load_states(STATES)
    sums = ["%.5g" % sum(float(p.data(d).abs().sum().asscalar()) for p in params.values()) for d in DEVICES]
    print(optimizer, sorted(kwargs.items()), kvstore, update_on_kvstore, reload_at, " ".join(losses), "|", *sums)


for optimizer, kwargs in [("sgd", {"learning_rate": 0.1, "momentum": 0.9, "wd": 0.01}), ("adam", {"learning_rate": 0.01}),
                          ("rmsprop", {"learning_rate": 0.01, "centered": True}), ("nag", {"momentum": 0.9})]:
    for kvstore in ["device", "local"]:
        for update_on_kvstore in [None, False]:
            run(optimizer, kwargs, kvstore, update_on_kvstore, reload_at=2)
    run(optimizer, kwargs, None, None)
for kvstore in ["device", "local"]:
    for update_on_kvstore in [None, False]:
        run("lbsgd", {"learning_rate": 0.1, "batch_scale": 2, "warmup_epochs": 0}, kvstore, update_on_kvstore)
