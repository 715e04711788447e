"""Gradients through float64 RNN layers whose parameters are frozen (grad_req 'null'), through nd.RNN without a
parameter gradient, and of grad() towards the input alone: MXNet's native GRU and relu/tanh kernels then skip the
state weight's product, so earlier steps and the begin state get less (LSTM is unaffected)."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd


def fill(shape, k, dtype="float64"):
    return nd.array(np.sin(np.arange(int(np.prod(shape))) * k).reshape(shape) * 0.5, dtype=dtype)


def show(label, arr):
    print(label, [float("%.6g" % v) for v in arr.asnumpy().ravel()])


for kind in ("GRU", "RNN", "LSTM"):
    for dtype in ("float64",):
        for hybrid in (False, True):
            for layers, bidirectional in ((1, False), (2, True)):
                net = getattr(gluon.rnn, kind)(3, num_layers=layers, bidirectional=bidirectional, input_size=4,
                                               dtype=dtype)
                net.initialize()
                for i, (_, p) in enumerate(sorted(net.collect_params().items())):
                    p.set_data(fill(p.shape, 0.37 + 0.1 * i, dtype))
                net.collect_params().setattr("grad_req", "null")
                if hybrid:
                    net.hybridize()
                x = fill((3, 2, 4), 0.29, dtype)
                x.attach_grad()
                states = [s + 0.1 for s in net.begin_state(2, dtype=dtype)]
                for s in states:
                    s.attach_grad()
                with autograd.record():
                    out, _ = net(x, states)
                out.backward(fill(out.shape, 0.7, dtype))
                label = f"{kind} {dtype} hybrid={hybrid} layers={layers} bidirectional={bidirectional}"
                show(label + " x.grad", x.grad)
                show(label + " h0.grad", states[0].grad)

sizes = {"gru": 3, "rnn_tanh": 1, "rnn_relu": 1, "lstm": 4}
for mode, gates in sizes.items():
    for req in ("write", "null"):
        x, w = fill((3, 2, 4), 0.31), fill((gates * 3 * (4 + 3 + 2),), 0.13) * 0.6
        states = [nd.full((1, 2, 3), 0.1, dtype="float64")] + ([nd.full((1, 2, 3), 0.2, dtype="float64")]
                                                                 if mode == "lstm" else [])
        x.attach_grad()
        w.attach_grad(req)
        for s in states:
            s.attach_grad()
        with autograd.record():
            y = nd.RNN(x, w, *states, state_size=3, num_layers=1, mode=mode)
        y.backward(fill(y.shape, 0.5))
        show(f"nd.RNN {mode} parameters {req} x.grad", x.grad)
        show(f"nd.RNN {mode} parameters {req} state.grad", states[0].grad)

for kind in ("GRU", "RNN", "LSTM"):       # grad() differentiates towards its variables only: the same paths
    net = getattr(gluon.rnn, kind)(3, input_size=4, dtype="float64")
    net.initialize()
    for i, (_, p) in enumerate(sorted(net.collect_params().items())):
        p.set_data(fill(p.shape, 0.37 + 0.1 * i, "float64"))
    x = fill((3, 2, 4), 0.29, "float64")
    x.attach_grad()
    with autograd.record():
        out = net(x)
    show(f"{kind} grad() towards the input", autograd.grad(out, [x], head_grads=fill(out.shape, 0.7, "float64"))[0])
