# Nodes after recorded gradient graphs (create_graph=True) are numbered as MXNet numbers them: a backward op
# with several outputs (_backward_broadcast_mul) is one node, and the head gradient takes no variable number
import mxnet as mx
from mxnet import autograd, nd


def probe():
    x = nd.ones((1,))
    x.attach_grad()
    with autograd.record():
        y = x * 1
    sym = autograd.get_symbol(y)
    return sym.list_arguments() + sym.list_outputs()


x = nd.array([1.0, 2.0])
x.attach_grad()
for text, make in (("x*x*x", lambda: x * x * x), ("sin", lambda: nd.sin(x)), ("x*x", lambda: x * x),
                   ("exp", lambda: nd.exp(x)), ("x*3", lambda: x * 3), ("elemwise_mul", lambda: nd.elemwise_mul(x, x)),
                   ("sum", lambda: nd.sum(x * x)), ("tanh", lambda: nd.tanh(x)), ("x/x", lambda: x / x),
                   ("x/(x+1)", lambda: x / (x + 1)), ("x*(x-1)", lambda: x * (x - 1)),
                   ("(1-x)*x", lambda: (1 - x) * x), ("identity(x)*x", lambda: nd.identity(x) * x)):
    with autograd.record():
        g = autograd.grad(make(), [x], create_graph=True)[0]
    print(text, probe(), g.asnumpy().tolist())

# third orders: MXNet runs (and numbers) only the gradient ops a variable needs
for text, make in (("sin", nd.sin), ("log", nd.log), ("sqrt", nd.sqrt), ("tanh", nd.tanh), ("sigmoid", nd.sigmoid)):
    with autograd.record():
        first = autograd.grad(make(x), [x], create_graph=True)[0]
        second = autograd.grad(first, [x], create_graph=True)[0]
    second.backward()
    print(text, probe(), second.asnumpy().tolist(), x.grad.asnumpy().tolist())
