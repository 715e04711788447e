"""Embedding refusing its data gradient leaves the data's and the weight's gradient buffers as they were, carrying the error (imperative, hybridized, inner data)."""
import mxnet as mx


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except mx.base.MXNetError as e:
        print(label, "raises", str(e).splitlines()[-1])


for hybridize in (False, True):
    for req in ("write", "add"):
        for first in ("data", "weight"):
            net = mx.gluon.nn.Embedding(5, 3)
            net.initialize(mx.init.One())
            if hybridize:
                net.hybridize()
            x = mx.nd.array([1, 3])
            x.attach_grad(req)
            net.weight.grad_req = req
            net(x)
            x.grad[:] = 5
            net.weight.grad()[:] = 5
            with mx.autograd.record():
                y = net(x)
            attempt(f"hybridized={hybridize} {req} {first} first: backward", y.backward)
            reads = [("data", lambda: x.grad.asnumpy().tolist()), ("weight", lambda: net.weight.grad().asnumpy().sum())]
            for name, read in (reads if first == "data" else reads[::-1]):
                if hybridize and req == "add" and name == first:     # (the request named is not followed yet)
                    try:
                        read()
                    except mx.base.MXNetError:
                        print("  ", name, "raises")
                    continue
                attempt(f"   {name}", read)
                attempt(f"   {name} again", read)
            attempt("   waitall", mx.nd.waitall)

for req in ("write", "add"):
    x = mx.nd.array([1, 3])
    x.attach_grad(req)
    x.grad[:] = 5
    w = mx.nd.ones((5, 2))
    w.attach_grad()
    w.grad[:] = 5
    with mx.autograd.record():
        y = mx.nd.Embedding(x * 1, w, input_dim=5, output_dim=2)
    y.backward()
    attempt(f"inner data {req}: data", lambda: x.grad.asnumpy().sum())
    attempt(f"inner data {req}: weight", lambda: w.grad.asnumpy().sum())
    attempt("   waitall", mx.nd.waitall)
