"""grad_req='add' set through collect_params().setattr: two forwards in one record, steps that keep the sum, zero_grad, mixed write/add layers, retain_graph, imperative and hybridized."""
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, nd

nn = gluon.nn


def show(name, fn):
    try:
        print(name, fn())
    except Exception as e:  # noqa: BLE001
        print(name, 'EXC', type(e).__name__, str(e).split('\n')[0][:160])


for hybrid in [False, True]:
    net = nn.HybridSequential()
    net.add(nn.Dense(2, in_units=3), nn.Dense(1, in_units=2))
    net.initialize(mx.init.Constant(0.5))
    net.collect_params().setattr('grad_req', 'add')
    if hybrid:
        net.hybridize()
    trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})
    x = nd.array(np.arange(6).reshape((2, 3)))
    for i in range(3):
        with autograd.record():
            loss = net(x * (i + 1)).sum() + net(x).sum()
        loss.backward()
        print(hybrid, i, net[0].weight.grad().asnumpy().tolist())
    trainer.step(1)
    show('after step', lambda: (net[0].weight.data().asnumpy().round(5).tolist(), net[0].weight.grad().asnumpy().tolist()))
    with autograd.record():
        loss = net(x).sum()
    loss.backward()
    show('step then backward', lambda: net[0].weight.grad().asnumpy().tolist())
    net.collect_params().zero_grad()
    show('zeroed', lambda: net[0].weight.grad().asnumpy().tolist())
    net[1].collect_params().setattr('grad_req', 'write')
    for i in range(2):
        with autograd.record():
            loss = net(x).sum()
        loss.backward()
    show('mixed add/write', lambda: (net[0].bias.grad().asnumpy().tolist(), net[1].bias.grad().asnumpy().tolist()))
    with autograd.record():
        loss = net(x).sum()
    loss.backward(retain_graph=True)
    loss.backward()
    show('retain_graph twice', lambda: (net[0].bias.grad().asnumpy().tolist(), net[1].bias.grad().asnumpy().tolist()))
    show('third backward', lambda: loss.backward())
    show('stale step', lambda: trainer.step(1))

x = nd.ones(3)
x.attach_grad(grad_req='add')
for i in range(2):
    with autograd.record():
        y = (x * x * (i + 1)).sum()
    y.backward()
show('array add', lambda: x.grad.asnumpy().tolist())
