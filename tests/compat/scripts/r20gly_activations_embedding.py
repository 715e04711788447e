"""Activation layers (Activation, LeakyReLU, PReLU with its initializers, ELU, SELU, GELU, Swish), Embedding
(index types, out-of-range and fractional indices, sparse_grad, weight dtype) and Dropout (rates 0 to 1, axes)
in training: outputs and gradients, imperative and hybridized."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn
from _words import words


def show(a):
    a = a.asnumpy().astype(np.float64)
    return f"{np.dtype(a.dtype).name}{a.shape} {np.round(a.ravel()[:6], 4).tolist()} sum={np.round(a.sum(), 3)}"


ACTIVATIONS = [
    ("relu", lambda: nn.Activation("relu")), ("softrelu", lambda: nn.Activation("softrelu")),
    ("softsign", lambda: nn.Activation("softsign")), ("LeakyReLU 0", lambda: nn.LeakyReLU(0)),
    ("LeakyReLU 2", lambda: nn.LeakyReLU(2.0)), ("PReLU", lambda: nn.PReLU()),
    ("PReLU 3 Constant", lambda: nn.PReLU(alpha_initializer=mx.init.Constant(-0.3), in_channels=3)),
    ("PReLU ones", lambda: nn.PReLU(alpha_initializer="ones")), ("ELU .5", lambda: nn.ELU(0.5)),
    ("SELU", lambda: nn.SELU()), ("GELU", lambda: nn.GELU()), ("Swish -1", lambda: nn.Swish(-1.0)),
]
for label, make in ACTIVATIONS:
    for dtype in ["float32", "float64", "float16"]:
        for hybrid in [False, True]:
            mx.random.seed(1)
            layer = make()
            layer.initialize()
            layer.cast(dtype)
            if hybrid:
                layer.hybridize()
            x = nd.array(np.linspace(-3, 2, 12).reshape(2, 3, 2), dtype=dtype)
            x.attach_grad()
            try:
                with autograd.record():
                    y = layer(x)
                y.backward(nd.ones_like(y) * 2)
                grads = [show(p.grad()) for p in layer.collect_params().values()]
                print(label, dtype, hybrid, show(y), show(x.grad), grads)
            except Exception as e:
                print(label, dtype, hybrid, words(e))

for index in [[0, 3], [-1, 4], [1.7, 2.2], [5, 100], [[0, 0], [1, 1]]]:
    for index_type in ["float32", "int32", "int64", "uint8"]:
        for sparse_grad in [False, True]:
            for hybrid in [False, True]:
                mx.random.seed(2)
                layer = nn.Embedding(4, 2, sparse_grad=sparse_grad)
                layer.initialize()
                if hybrid:
                    layer.hybridize()
                try:
                    with autograd.record():
                        y = layer(nd.array(index, dtype=index_type))
                    y.backward()
                    grad = layer.weight.grad()
                    print("Embedding", index, index_type, sparse_grad, hybrid, show(y), grad.stype,
                          show(grad.tostype("default")))
                except Exception as e:
                    print("Embedding", index, index_type, sparse_grad, hybrid, words(e))
for dtype in ["float64", "float16"]:
    layer = nn.Embedding(5, 2, dtype=dtype)
    layer.initialize()
    print(layer, show(layer(nd.array([0, 4]))), layer.weight)

for rate in [0, 0.25, 0.5, 1.0]:
    for axes in [(), (0,), (1,)]:
        for hybrid in [False, True]:
            layer = nn.Dropout(rate, axes=axes)
            if hybrid:
                layer.hybridize()
            mx.random.seed(4)
            x = nd.ones((3, 4))
            x.attach_grad()
            with autograd.record():
                y = layer(x)
            y.backward(nd.ones((3, 4)) * 2)
            print(layer, hybrid, show(y), show(x.grad), show(layer(x)))
