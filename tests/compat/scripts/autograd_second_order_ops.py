"""Second and third orders op by op as MXNet 1.9.1 gives them: values, or the failure naming MXNet's backward op
that has no gradient, or the variable that became unreachable."""
import re

import numpy as np

import mxnet as mx
from mxnet import autograd, nd


def failure(e):
    text = str(e)
    for pattern in (r"Operator (\S+) is non-differentiable", r"with respect to the (\d+)-th variable"):
        found = re.search(pattern, text)
        if found:
            return found.group(1)
    return type(e).__name__


def orders(name, f):
    rs = np.random.RandomState(0)
    x = nd.array(rs.uniform(0.2, 0.9, (2, 3)), dtype="float64")
    z = nd.array(rs.uniform(0.2, 0.9, (2, 3)), dtype="float64")
    x.attach_grad()
    z.attach_grad()
    shown = []
    try:
        with autograd.record():
            g = f(x, z)
            for order in (1, 2, 3):
                g = autograd.grad(g, [x], head_grads=nd.ones_like(g), create_graph=order < 3, retain_graph=True)[0]
                shown.append(np.round(g.asnumpy(), 6).ravel().tolist())
    except mx.base.MXNetError as e:
        shown.append(failure(e))
    print(name, shown)


CASES = {
    "sin": lambda x, z: nd.sin(x), "exp": lambda x, z: nd.exp(x), "square": lambda x, z: nd.square(x),
    "relu": lambda x, z: nd.relu(x), "x*3": lambda x, z: x * 3, "x/3": lambda x, z: x / 3,
    "x**3": lambda x, z: x ** 3, "3/x": lambda x, z: 3 / x, "2**x": lambda x, z: 2 ** x, "x*z": lambda x, z: x * z,
    "x/z": lambda x, z: x / z, "x**z": lambda x, z: x ** z, "x+z": lambda x, z: x + z,
    "elemwise_mul": lambda x, z: nd.elemwise_mul(x, z), "elemwise_add(sin,cos)": lambda x, z: nd.elemwise_add(nd.sin(x), nd.cos(z)),
    "sin+cos": lambda x, z: nd.sin(x) + nd.cos(z), "sin*3": lambda x, z: nd.sin(x) * 3, "sin+3": lambda x, z: nd.sin(x) + 3,
    "-sin": lambda x, z: -nd.sin(x), "sin.T": lambda x, z: nd.sin(x).T, "sum(sin)": lambda x, z: nd.sum(nd.sin(x)),
    "sin.reshape": lambda x, z: nd.sin(x).reshape((3, 2)), "sin[0]": lambda x, z: nd.sin(x)[0],
    "add_n": lambda x, z: nd.add_n(nd.sin(x), nd.cos(x)), "max": lambda x, z: nd.max(x, axis=1),
    "prod": lambda x, z: nd.prod(x), "norm": lambda x, z: nd.norm(x), "softmax": lambda x, z: nd.softmax(x),
    "log_softmax": lambda x, z: nd.log_softmax(x), "nansum": lambda x, z: nd.nansum(x),
    "quadratic": lambda x, z: nd.contrib.quadratic(x, a=1, b=2), "dot": lambda x, z: nd.dot(nd.sin(x), z.T),
    "FC": lambda x, z: nd.FullyConnected(x, z, num_hidden=2, no_bias=True),
    "slice_axis": lambda x, z: nd.slice_axis(nd.sin(x), axis=1, begin=0, end=2),
    "take": lambda x, z: nd.take(nd.sin(x), nd.array([0, 1])), "tanh(sigmoid)": lambda x, z: nd.tanh(nd.sigmoid(x)),
}
for name, f in CASES.items():
    orders(name, f)


x = nd.array([1., 2.])
y = nd.array([3., 4.])
x.attach_grad()
y.attach_grad()
for wrt in ([y], [x, y]):
    try:
        with autograd.record():
            autograd.grad(x * 2, wrt)
    except mx.base.MXNetError as e:
        print("unreachable", failure(e))
