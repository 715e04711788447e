"""autograd.get_symbol of gradients recorded with create_graph (backward-op nodes such as _backward_tanh, _backward_broadcast_mul with two outputs) and of multi-output autograd.Function results: JSON nodes, arguments, outputs."""
# recorded on AVX2
import json

import mxnet as mx
from mxnet import autograd as ag


def show(title, make):
    print("==", title)
    try:
        sym = make()
        graph = json.loads(sym.tojson())
        for node in graph["nodes"]:
            print("  ", node["op"], node["name"], node.get("attrs", {}), node["inputs"])
        print("   heads", graph["heads"], "args", sym.list_arguments(), "outputs", sym.list_outputs())
    except Exception as e:      # noqa: BLE001
        print("   ERR", type(e).__name__, str(e).splitlines()[0][:120])


def first_gradient(fn):
    def make():
        x = mx.nd.array([0.3, 0.5, 0.9])
        x.attach_grad()
        with ag.record():
            y = fn(x)
            g = ag.grad(y, [x], create_graph=True)[0]
        return ag.get_symbol(g)
    return make


def second_gradient(fn):
    def make():
        x = mx.nd.array([0.3, 0.5, 0.9])
        x.attach_grad()
        with ag.record():
            y = fn(x)
            g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
            g2 = ag.grad(g, [x], create_graph=True)[0]
        return ag.get_symbol(g2)
    return make


class Pair(ag.Function):
    def forward(self, a, b):
        return a * b, a + b

    def backward(self, d1, d2):
        return d1, d2


def function_outputs():
    a, b = mx.nd.array([1., 2.]), mx.nd.array([3., 4.])
    a.attach_grad()
    b.attach_grad()
    with ag.record():
        p, q = Pair()(a, b)
        z = p * q
    return ag.get_symbol(z)


def function_second_output():
    a, b = mx.nd.array([1., 2.]), mx.nd.array([3., 4.])
    a.attach_grad()
    b.attach_grad()
    with ag.record():
        _, q = Pair()(a, b)
    return ag.get_symbol(q)


for name in ("tanh", "sigmoid", "log", "sqrt", "sin", "arctan"):
    show(f"grad of {name}", first_gradient(getattr(mx.nd, name)))
show("grad of x * x", first_gradient(lambda x: x * x))
show("grad of x / 3 + x", first_gradient(lambda x: x / 3 + x))
show("grad of sum(x * 2)", first_gradient(lambda x: (x * 2).sum()))
show("second grad of tanh", second_gradient(mx.nd.tanh))
show("second grad of log", second_gradient(mx.nd.log))
show("Function with two outputs", function_outputs)
show("Function's second output", function_second_output)
