"""Gradients through the short ways of autograd's backward: float32 unary gradients, sums of two to four parts, input-type checks of backward kernels, head gradients of another dtype, and SGD steps."""
# recorded on AVX2
import re

import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd

np.random.seed(0)
mx.random.seed(0)


def grad_of(fn, x, head=None):
    x.attach_grad()
    with autograd.record():
        y = fn(x)
    y.backward(head)
    return x.grad


def words(e):
    """An error's type and last line, without the time stamp."""
    return type(e).__name__ + " " + re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e).strip().splitlines()[-1])[:150]


def show(label, fn):
    try:
        value = fn()
        print(label, np.dtype(value.dtype).name, np.array2string(value.asnumpy().ravel(), precision=8,
                                                                 max_line_width=200))
    except Exception as e:      # noqa: BLE001
        print(label, words(e))


data = np.random.rand(2, 3) + 0.2
uses = {2: lambda f, x: f(x) * 1.7 + x * x,
        3: lambda f, x: f(x) * 1.7 + x * x - x / 3,
        4: lambda f, x: f(x) * 1.7 + x * x - x / 3 + x * 0.25}
for dtype in ("float32", "float64", "float16"):
    for name in ("tanh", "sigmoid", "exp", "sin", "relu", "abs", "square", "log1p", "arctan"):
        for n, use in uses.items():
            f = getattr(nd, name)
            show(f"{dtype:8s} {name:7s} parts={n}", lambda: grad_of(lambda x: use(f, x), nd.array(data, dtype=dtype)))

for dtype in ("int32", "int64", "uint8", "int8"):
    for name in ("tanh", "abs", "relu", "square", "sqrt", "negative"):
        f = getattr(nd, name)
        show(f"{dtype:8s} {name:8s}", lambda: grad_of(lambda x: f(x) * 2, nd.array(data * 3, dtype=dtype)))
    show(f"{dtype:8s} x*x     ", lambda: grad_of(lambda x: x * x, nd.array(data * 3, dtype=dtype)))
    show(f"{dtype:8s} x+1     ", lambda: grad_of(lambda x: x + 1, nd.array(data * 3, dtype=dtype)))

for hdtype in ("float32", "float64", "float16", "int32"):
    head = nd.ones((2, 3), dtype=hdtype) * 0.5
    show(f"head {hdtype:8s} tanh", lambda: grad_of(nd.tanh, nd.array(data), head))
    show(f"head {hdtype:8s} sum ", lambda: grad_of(lambda x: nd.sum(x * x, axis=1), nd.array(data),
                                                   nd.ones((2,), dtype=hdtype)))

x = nd.array([[0.3, -0.7, 1.1]])
x.attach_grad()
with autograd.record():
    g = autograd.grad(nd.tanh(x), [x], create_graph=True)[0]
    z = nd.sum(g * x)
z.backward()
print("second order tanh", x.grad.asnumpy(), g.asnumpy())

net = gluon.nn.HybridSequential()
net.add(gluon.nn.Dense(5, activation="relu"), gluon.nn.Dense(3))
net.initialize(mx.init.Xavier())
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1, "momentum": 0.9})
loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
inputs, labels = nd.array(np.random.rand(8, 4)), nd.array(np.random.randint(0, 3, 8))
for hybrid in (False, True):
    if hybrid:
        net.hybridize()
    for _ in range(3):
        with autograd.record():
            loss = loss_fn(net(inputs), labels)
        loss.backward()
        trainer.step(8)
    print("sgd hybrid" if hybrid else "sgd", loss.mean().asscalar(),
          [float(p.data().sum().asscalar()) for p in net.collect_params().values()])

for name in ("x+1", "x*x", "tanh"):     # bool data (last: some of these errors are raised by a later read)
    f = {"x+1": lambda x: x + 1, "x*x": lambda x: x * x, "tanh": nd.tanh}[name]
    show(f"bool {name}", lambda: grad_of(f, nd.array(data * 3, dtype="bool")))
