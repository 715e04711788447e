"""backward through Gluon blocks whose output reaches no parameter that takes a gradient (only activations, frozen
parameters), imperative and hybridized, and a second backward without retain_graph."""
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words


def backward(label, net, x, twice=False):
    try:
        with autograd.record():
            y = net(x)
        y.backward(retain_graph=False)
        if twice:
            y.backward()
        print(label, "->", y.asnumpy().round(4).tolist(),
              [p.grad().asnumpy().round(4).tolist() for p in net.collect_params().values() if p.grad_req != "null"])
    except Exception as e:
        print(label, "->", words(e))


mx.random.seed(3)
x = nd.array([[0.5, -1.0, 2.0]])
for hybrid in [False, True]:
    acts = nn.HybridSequential()
    acts.add(nn.Activation("relu"), nn.Dropout(0.5), nn.Activation("tanh"))
    acts.initialize()
    frozen = nn.HybridSequential()
    frozen.add(nn.Dense(2, in_units=3), nn.Activation("sigmoid"))
    frozen.initialize(mx.init.One())
    frozen.collect_params().setattr("grad_req", "null")
    dense = nn.Dense(2, in_units=3)
    dense.initialize(mx.init.Constant(0.5))
    if hybrid:
        for net in (acts, frozen, dense):
            net.hybridize()
    print("-- hybridized" if hybrid else "-- imperative")
    backward("activations only", acts, x)
    backward("frozen dense", frozen, x)
    backward("dense", dense, x)
    backward("dense, twice", dense, x, twice=True)
    xv = x.copy()
    xv.attach_grad()
    backward("activations, input with grad", acts, xv)
    print("  input grad", xv.grad.asnumpy().round(4).tolist())
