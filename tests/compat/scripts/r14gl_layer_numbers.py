"""Gluon nn layers with fixed parameters: outputs, input and parameter gradients, imperative, hybridized and
cast to float64, and the parameters' names, shapes and dtypes after deferred initialisation."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn


def pattern(shape, k, dtype="float32"):
    n = int(np.prod(shape))
    return nd.array(np.sin(np.arange(n) * 0.731 + k * 1.37 + 0.3).reshape(shape), dtype=dtype)


def show(a):
    return np.round(a.asnumpy().astype(np.float64), 4).ravel()[:8].tolist()


def fix(layer):
    for i, (name, p) in enumerate(sorted(layer.collect_params().items())):
        if name.endswith("running_var"):
            p.set_data(nd.array(np.linspace(0.5, 1.5, p.data().size).reshape(p.shape), dtype=p.dtype))
        else:
            p.set_data(pattern(p.shape, i, p.dtype) * 0.5)


def check(label, make, shape, dtype="float32"):
    for hybrid in (False, True):
        with mx.name.NameManager():
            layer = make()
        layer.initialize()
        layer(pattern(shape, 9))
        if not hybrid:
            print(label, [(p.name, p.shape, np.dtype(p.dtype).name) for p in layer.collect_params().values()])
        fix(layer)
        if dtype != "float32":
            layer.cast(dtype)
        if hybrid:
            layer.hybridize()
        x = pattern(shape, 10, dtype)
        x.attach_grad()
        with autograd.record():
            y = layer(x)
            loss = (y * pattern(y.shape, 11, dtype)).sum()
        loss.backward()
        grads = [show(p.grad()) for _, p in sorted(layer.collect_params().items()) if p.grad_req != "null"]
        print(" ", "hybrid" if hybrid else "imperative", y.shape, y.dtype.__name__, show(y), show(x.grad), grads)


check("Dense", lambda: nn.Dense(3, activation="tanh"), (2, 4))
check("Dense flatten=False", lambda: nn.Dense(2, flatten=False, use_bias=False), (2, 3, 4))
check("Dense float64", lambda: nn.Dense(3), (2, 4), "float64")
check("Conv1D", lambda: nn.Conv1D(4, 3, strides=2, padding=1, groups=2), (2, 4, 7))
check("Conv2D", lambda: nn.Conv2D(3, (2, 3), dilation=(2, 1), padding=(1, 0), activation="relu"), (1, 2, 5, 6))
check("Conv2D float64", lambda: nn.Conv2D(2, 3, padding=1), (1, 2, 4, 4), "float64")
check("Conv3D", lambda: nn.Conv3D(2, 2, strides=(1, 2, 1)), (1, 2, 3, 4, 3))
check("Conv1DTranspose", lambda: nn.Conv1DTranspose(2, 3, strides=2, output_padding=1), (1, 3, 4))
check("Conv2DTranspose", lambda: nn.Conv2DTranspose(4, 3, strides=2, padding=1, groups=2, in_channels=2),
      (1, 2, 3, 3))
check("Conv3DTranspose", lambda: nn.Conv3DTranspose(2, 2, strides=2), (1, 2, 2, 2, 2))
check("MaxPool2D ceil", lambda: nn.MaxPool2D(3, 2, 1, ceil_mode=True), (1, 2, 6, 5))
check("AvgPool2D no pad count", lambda: nn.AvgPool2D(3, 2, 1, count_include_pad=False), (1, 2, 5, 5))
check("AvgPool1D ceil", lambda: nn.AvgPool1D(2, 3, ceil_mode=True), (2, 2, 8))
check("MaxPool3D", lambda: nn.MaxPool3D((1, 2, 2)), (1, 1, 2, 4, 4))
check("GlobalAvgPool2D", lambda: nn.GlobalAvgPool2D(), (2, 3, 3, 2))
check("GlobalMaxPool1D", lambda: nn.GlobalMaxPool1D(), (2, 3, 5))
check("LayerNorm", lambda: nn.LayerNorm(axis=1, epsilon=0.01), (2, 3, 4))
check("InstanceNorm", lambda: nn.InstanceNorm(center=False), (2, 3, 4))
check("GroupNorm", lambda: nn.GroupNorm(num_groups=2), (2, 4, 3))
check("PReLU", lambda: nn.PReLU(in_channels=3), (2, 3, 2))
check("LeakyReLU", lambda: nn.LeakyReLU(0.2), (2, 5))
check("ELU", lambda: nn.ELU(0.7), (2, 5))
check("SELU", lambda: nn.SELU(), (2, 5))
check("GELU", lambda: nn.GELU(), (2, 5))
check("Swish", lambda: nn.Swish(1.5), (2, 5))
check("Activation softrelu", lambda: nn.Activation("softrelu"), (2, 5))
check("ReflectionPad2D", lambda: nn.ReflectionPad2D(2), (1, 1, 3, 4))
check("Flatten", lambda: nn.Flatten(), (2, 3, 2))
check("HybridLambda", lambda: nn.HybridLambda(lambda F, x: F.relu(x) * 2 - 1), (2, 3))
