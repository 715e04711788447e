"""RNN layers under autograd: gradients of the begin states, grad_req 'add' over two passes, a second backward with
and without retain_graph, and second-order gradients (refused in MXNet's words through a hybridized layer)."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words


def fill(shape, k, dtype):
    return nd.array(np.sin(np.arange(int(np.prod(shape))) * k).reshape(shape) * 0.5, dtype=dtype)


def show(label, arrays):
    print(label, [[float("%.5g" % v) for v in a.asnumpy().ravel()[:8]] for a in arrays])


def layer(kind, dtype, hybrid, grad_req="write"):
    net = getattr(gluon.rnn, kind)(3, input_size=4, dtype=dtype)
    net.initialize()
    for i, (_, p) in enumerate(sorted(net.collect_params().items())):
        p.set_data(fill(p.shape, 0.37 + 0.1 * i, dtype))
    net.collect_params().setattr("grad_req", grad_req)
    if hybrid:
        net.hybridize()
    return net


def attempt(label, fn):
    try:
        show(label, fn())
    except Exception as e:
        print(label, "->", words(e))


def state_grads(kind, dtype, hybrid):
    net = layer(kind, dtype, hybrid)
    states = [s + 0.1 for s in net.begin_state(2, dtype=dtype)]
    for s in states:
        s.attach_grad()
    with autograd.record():
        out, new = net(fill((3, 2, 4), 0.29, dtype), states)
        loss = out.sum() + sum(s.sum() * 0.5 for s in new)
    loss.backward()
    return [s.grad for s in states]


def added(kind, dtype, hybrid):
    net = layer(kind, dtype, hybrid, "add")
    for _ in range(2):
        with autograd.record():
            out = net(fill((3, 2, 4), 0.29, dtype))
        out.backward()
    return [net.l0_h2h_weight.grad(), net.l0_i2h_bias.grad()]


def twice(kind, dtype, hybrid, retain):
    net = layer(kind, dtype, hybrid)
    with autograd.record():
        out = net(fill((3, 2, 4), 0.29, dtype))
    out.backward(retain_graph=retain)
    out.backward()
    return [net.l0_i2h_bias.grad()]


def second_order(kind, dtype, hybrid):
    net = layer(kind, dtype, hybrid)
    x = fill((3, 2, 4), 0.29, dtype)
    x.attach_grad()
    with autograd.record():
        out = net(x)
        g = autograd.grad(out.sum(), [x], create_graph=True)[0]
        z = g.sum()
    z.backward()
    return [x.grad]


for kind in ("LSTM", "GRU", "RNN"):
    for dtype in ("float32", "float64"):
        for hybrid in (False, True):
            tag = f"{kind} {dtype} hybrid={hybrid}"
            attempt(f"{tag} state gradients", lambda: state_grads(kind, dtype, hybrid))
            attempt(f"{tag} grad_req add", lambda: added(kind, dtype, hybrid))
            attempt(f"{tag} backward twice, retained", lambda: twice(kind, dtype, hybrid, True))
            attempt(f"{tag} backward twice", lambda: twice(kind, dtype, hybrid, False))
            if hybrid:
                attempt(f"{tag} second order", lambda: second_order(kind, dtype, hybrid))
