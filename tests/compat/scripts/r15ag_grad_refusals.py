"""autograd.grad, backward, mark_variables and get_symbol refusing what MXNet refuses, in its words."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", [g.asnumpy().tolist() for g in r] if isinstance(r, list) else r)
    except Exception as e:
        print(label, "->", words(e))


def squared():
    x = nd.array([1.0, 2.0])
    x.attach_grad()
    with autograd.record():
        y = x * x
    return x, y


x, y = squared()
plain, unused, nulled = nd.ones(2), nd.ones(2), nd.ones(2)
unused.attach_grad()
nulled.attach_grad("null")
attempt("grad of an unmarked array", lambda: autograd.grad(y, [x, plain], retain_graph=True))
attempt("grad of an unused variable", lambda: autograd.grad(y, [unused], retain_graph=True))
attempt("grad of a null variable", lambda: autograd.grad(y, [nulled], retain_graph=True))
attempt("grad of an intermediate", lambda: autograd.grad(y, [y * 1], retain_graph=True))
attempt("grad of a number", lambda: autograd.grad(y, [3], retain_graph=True))
attempt("grad of a numpy array", lambda: autograd.grad(y, [np.ones(2)], retain_graph=True))
attempt("grad of nothing", lambda: autograd.grad(y, [], retain_graph=True))
attempt("backward with a numpy head gradient", lambda: y.backward(np.ones(2)))
attempt("backward with a float head gradient", lambda: autograd.backward([y], [1.0]))
attempt("backward of a list with a number", lambda: autograd.backward([y, 2.0]))
attempt("heads and head gradients of two lengths", lambda: autograd.backward([y, y], [None]))
attempt("grad finally", lambda: autograd.grad(y, [x]))

for buffer in (nd.zeros(3), nd.zeros(2, dtype="float64"), nd.zeros((2, 1))):
    v = nd.ones(2)
    autograd.mark_variables([v], [buffer])
    with autograd.record():
        w = v * 2
    attempt(f"backward into a {buffer.shape} {buffer.dtype.__name__} buffer", lambda: w.backward())
attempt("mark_variables of numbers", lambda: autograd.mark_variables([1], [2]))
attempt("mark_variables with a number buffer", lambda: autograd.mark_variables([nd.ones(1)], [2]))
attempt("mark_variables with a bad request", lambda: autograd.mark_variables([nd.ones(1)], [nd.ones(1)], "bad"))
attempt("get_symbol of an unrecorded array", lambda: autograd.get_symbol(nd.ones(2)))
attempt("get_symbol of a number", lambda: autograd.get_symbol(2))
