"""zero_grad after a failed backward (a sparse Embedding gradient asked to add) raises nothing; the gradients keep the error for the next read, the pass still marks them written for Trainer.step, as MXNet's engine does."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn


def show(tag, f):
    try:
        print(tag, f())
    except Exception as e:
        print(tag, type(e).__name__, str(e).splitlines()[-1])


for mode in ("read", "zero_read", "read_zero", "zero_step", "step", "write_zero_step"):
    mx.random.seed(41)
    np.random.seed(41)
    net = nn.HybridSequential()
    net.add(nn.Embedding(5, 2, sparse_grad=True, weight_initializer=mx.init.One()), nn.Dense(2, flatten=False))
    net.initialize(mx.init.Uniform(0.5))
    net.collect_params().setattr("grad_req", "write" if mode.startswith("write") else "add")
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
    with autograd.record():
        y = net(nd.array([[1, 2], [2, 4]]))
    y.backward()
    print(mode, [p.data()._fresh_grad for p in net.collect_params().values()])
    if mode == "read_zero":
        show("  read", lambda: net[0].weight.grad().asnumpy().sum())
    if "zero" in mode:
        show("  zero_grad", lambda: net.collect_params().zero_grad())
    if "step" in mode:
        show("  step", lambda: trainer.step(2))
    show("  embedding grad", lambda: (net[0].weight.grad().stype, net[0].weight.grad().asnumpy().sum()))
    show("  dense grad", lambda: net[1].weight.grad().asnumpy().tolist())
    show("  embedding weight", lambda: net[0].weight.data().asnumpy().sum())
    show("  dense weight", lambda: net[1].weight.data().asnumpy().tolist())
    show("  again", lambda: net[0].weight.grad().asnumpy().sum())
