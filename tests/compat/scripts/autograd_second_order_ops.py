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


def orders(name, f, module=nd):
    rs = np.random.RandomState(0)
    x = module.array(rs.uniform(0.2, 0.9, (2, 3)), dtype="float64")
    z = module.array(rs.uniform(0.2, 0.9, (2, 3)), dtype="float64")
    x.attach_grad()
    z.attach_grad()
    shown = []
    try:
        with autograd.record():
            g = f(x, z)
            for order in (1, 2, 3):
                ones = module.array(np.ones(g.shape), dtype="float64")
                g = autograd.grad(g, [x], head_grads=ones, create_graph=order < 3, retain_graph=True)[0]
                shown.append(np.round(g.asnumpy(), 6).ravel().tolist())
    except mx.base.MXNetError as e:
        shown.append(failure(e))
    print(name, shown)


CASES = {
    "sin": lambda x, z: nd.sin(x), "exp": lambda x, z: nd.exp(x), "square": lambda x, z: nd.square(x),
    "arcsinh": lambda x, z: nd.arcsinh(x), "arccosh": lambda x, z: nd.arccosh(x + 1),
    "sin(arcsinh)": lambda x, z: nd.sin(nd.arcsinh(x)),
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
    "take": lambda x, z: nd.take(nd.sin(x), nd.array([0, 1])),
    "tanh(sigmoid)": lambda x, z: nd.tanh(nd.sigmoid(x)),
}
for name, f in CASES.items():
    orders(name, f)

npx = mx.npx
NP_CASES = {
    "np.sin": lambda x, z: mx.np.sin(x), "np.exp": lambda x, z: mx.np.exp(x), "np.log": lambda x, z: mx.np.log(x),
    "np.sqrt": lambda x, z: mx.np.sqrt(x), "np.tanh": lambda x, z: mx.np.tanh(x), "np.multiply": lambda x, z: mx.np.multiply(x, z),
    "np.divide": lambda x, z: mx.np.divide(x, z), "np.power": lambda x, z: mx.np.power(x, z),
    "np.add": lambda x, z: mx.np.add(mx.np.sin(x), z), "np.maximum": lambda x, z: mx.np.maximum(x, z),
    "np.sum": lambda x, z: mx.np.sum(mx.np.sin(x)), "np.mean": lambda x, z: mx.np.mean(mx.np.sin(x)),
    "np.max": lambda x, z: mx.np.max(x, axis=1), "np.where": lambda x, z: mx.np.where(x > 0.5, x, z),
    "np.reshape": lambda x, z: mx.np.sin(x).reshape(3, 2), "np.swapaxes": lambda x, z: mx.np.swapaxes(mx.np.sin(x), 0, 1),
    "np.concatenate": lambda x, z: mx.np.concatenate([mx.np.sin(x), z]), "npx.sigmoid": lambda x, z: npx.sigmoid(x),
    "npx.softmax": lambda x, z: npx.softmax(x), "np.hypot": lambda x, z: mx.np.hypot(x, z),
    "np.transpose": lambda x, z: mx.np.transpose(mx.np.sin(x)), "npx.relu": lambda x, z: npx.relu(x),
}
npx.set_np()
for name, f in NP_CASES.items():
    orders(name, f, mx.np)
npx.reset_np()

nn, loss = mx.gluon.nn, mx.gluon.loss
GLUON = {"L2Loss": loss.L2Loss(), "L1Loss": loss.L1Loss(), "SigmoidBCE": loss.SigmoidBinaryCrossEntropyLoss(),
         "Huber": loss.HuberLoss(), "Dense": nn.Dense(2, in_units=3), "Dense(relu)": nn.Dense(2, in_units=3, activation="relu"),
         "LeakyReLU": nn.LeakyReLU(0.1), "Swish": nn.Swish(), "LayerNorm": nn.LayerNorm(in_channels=3),
         "BatchNorm": nn.BatchNorm(in_channels=3)}
HYBRID = {"hybrid Dense": nn.Dense(2, in_units=3), "hybrid sin": nn.HybridLambda(lambda F, v: F.cos(F.sin(v))),
          "hybrid 3 ops": nn.HybridLambda(lambda F, v: F.cos(F.sin(F.tanh(v)))),
          "hybrid Dense(tanh)": nn.Dense(2, in_units=3, activation="tanh")}
for name, block in HYBRID.items():      # MXNet records a graph of up to two ops one op at a time
    GLUON[name] = block
    block.hybridize()
for name, block in GLUON.items():
    block.initialize(mx.init.Uniform(0.5))
    block.cast("float64")
    if "Loss" in type(block).__name__:
        orders(name, block)
    else:
        orders(name, lambda x, z: block(x))


def batch_dot_orders():
    rs = np.random.RandomState(0)
    for ta, tb in ((False, False), (False, True), (True, False), (True, True)):
        x, z = (nd.array(rs.uniform(0, 1, (2, 3, 3)), dtype="float64") for _ in range(2))
        x.attach_grad()
        z.attach_grad()
        with autograd.record():
            y = nd.batch_dot(nd.sin(x), z, transpose_a=ta, transpose_b=tb)
            g = autograd.grad(y, [x], head_grads=nd.array(rs.uniform(-1, 1, y.shape), dtype="float64"),
                              create_graph=True, retain_graph=True)[0]
            g2 = autograd.grad(g, [z], head_grads=nd.ones_like(g), create_graph=True, retain_graph=True)[0]
            g3 = autograd.grad(g2, [x], head_grads=nd.ones_like(g2), retain_graph=True)[0]
        print("batch_dot", ta, tb, np.round(g2.asnumpy(), 6).ravel()[:6].tolist(),
              np.round(g3.asnumpy(), 6).ravel()[:6].tolist())


batch_dot_orders()

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
