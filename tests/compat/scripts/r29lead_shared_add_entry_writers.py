"""A bound graph's elemwise_add hands its gradient entry to both inputs; when an 'add' variable fed it alone owns
that entry (its buffer), the op reading the sum writes the buffer as its kernel writes an 'add' buffer (flip and
clip overwrite, mean divides after adding, take adds rows in turn) and the other inputs read the result; a head
elemwise_add's gradient is added into the owner's buffer first. Autograd's graphs keep plain sums."""
# recorded on AVX2
import numpy as np

import mxnet as mx
from mxnet import autograd, nd, sym

b, c = sym.var("b"), sym.var("c")
AA = {"b": "add", "c": "add"}
CASES = [
    ("sym.flip(b + c, axis=1)", AA), ("sym.flip(b + c, axis=1)", {"b": "add", "c": "write"}),
    ("sym.flip(b + c, axis=1)", {"b": "write", "c": "add"}), ("sym.flip(c + b, axis=1)", AA),
    ("sym.flip(b + c, axis=1) * 2", AA), ("sym.flip(sym.tanh(b) + c, axis=1)", AA),
    ("sym.flip(b + c + b, axis=1)", AA), ("sym.flip(b + c, axis=1) + b", AA),
    ("sym.flip(b * c, axis=1)", AA), ("sym.transpose(b + c)", AA), ("sym.tanh(b + c)", AA),
    ("sym.clip(b + c, 0, 6)", AA), ("sym.clip(b + c, 0, 6)", {"b": "write", "c": "add"}),
    ("sym.clip(b + sym.flip(c, axis=1), 0, 6)", AA), ("sym.mean(b + c, axis=1)", AA),
    ("sym.take(b + c, sym.ones((2,)))", AA), ("sym.split(b + c, num_outputs=3, axis=1)[1]", AA),
    ("sym.Crop(sym.reshape(b + c, shape=(1, 1, 2, 3)), h_w=(1, 2))", AA),
    ("b + c", AA), ("sym.tanh(b) + c", AA), ("c + sym.tanh(b)", AA), ("sym.flip(b, axis=1) + c", AA),
    ("sym.tanh(b) + c", {"b": "write", "c": "add"}), ("sym.tanh(b) + c", {"b": "add", "c": "write"}),
    ("(b * 2) + c", AA), ("sym.tanh(b) + c + b", AA), ("sym.Group([sym.tanh(b) + c, b * 3])", AA),
    ("sym.Group([sym.tanh(b) + c, c * 3])", AA),
]
for expr, reqs in CASES:
    gb, gc = nd.ones((2, 3)), nd.ones((2, 3)) * 10
    args = {"b": nd.array([[1, 2, 3], [4, 5, 6]]) * 0.1, "c": nd.array([[1, 1, 1], [2, 2, 2]])}
    ex = eval(expr).bind(mx.cpu(), args, args_grad={"b": gb, "c": gc}, grad_req=reqs)
    for step in range(2):
        ex.forward(is_train=True)
        ex.backward([nd.ones(o.shape) * 0.5 for o in ex.outputs])
        print(expr, reqs, step, np.round(gb.asnumpy(), 5).tolist(), np.round(gc.asnumpy(), 5).tolist())

for name, f in [("flip", lambda s: nd.flip(s, axis=1)), ("clip", lambda s: nd.clip(s, 0, 6)),
                ("mean", lambda s: nd.mean(s, axis=1)), ("head", lambda s: s)]:
    x, y = nd.array([[1, 2, 3], [4, 5, 6]]), nd.array([[1, 1, 1], [2, 2, 2]])
    x.attach_grad("add")
    y.attach_grad("add")
    x.grad[:] = 1
    y.grad[:] = 10
    with autograd.record():
        z = f(nd.elemwise_add(x, y))
    z.backward(nd.ones(z.shape) * 0.5)
    print("autograd", name, x.grad.asnumpy().tolist(), y.grad.asnumpy().tolist())
