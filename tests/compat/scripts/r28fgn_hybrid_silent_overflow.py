"""Hybridized layers meet inf, nan and float overflow as MXNet's kernels do: silently, whatever warning filter
the user has set (no numpy RuntimeWarning), with the same values as the imperative run."""
# recorded on AVX2
import warnings

from mxnet import autograd, nd
from mxnet.gluon import nn

LAYERS = {
    "gelu": lambda: nn.GELU(),
    "elu": lambda: nn.ELU(),
    "selu": lambda: nn.SELU(),
    "swish": lambda: nn.Swish(),
    "softrelu": lambda: nn.Activation("softrelu"),
    "sigmoid": lambda: nn.Activation("sigmoid"),
    "tanh": lambda: nn.Activation("tanh"),
    "exp": lambda: nn.HybridLambda(lambda F, x: F.exp(x)),
    "log": lambda: nn.HybridLambda(lambda F, x: F.log(x)),
    "sqrt": lambda: nn.HybridLambda(lambda F, x: F.sqrt(x)),
    "div": lambda: nn.HybridLambda(lambda F, x: 1 / x),
    "square": lambda: nn.HybridLambda(lambda F, x: x * x),
    "maxpool_ceil+gelu": lambda: (nn.MaxPool1D(pool_size=1, strides=2, ceil_mode=True), nn.GELU()),
    "layernorm": lambda: nn.LayerNorm(),
    "instancenorm": lambda: nn.InstanceNorm(),
}
x_value = nd.array([[[-3e38, -100.0, -1.0, 0.0, 1.0, 100.0, 3e38]]])


def show(a):
    return " ".join("%.6g" % v for v in a.asnumpy().ravel())


for label, make in LAYERS.items():
    for hybrid in (False, True):
        net = nn.HybridSequential()
        layers = make()
        net.add(*(layers if isinstance(layers, tuple) else (layers,)))
        net.initialize()
        if hybrid:
            net.hybridize()
        x = x_value.copy()
        x.attach_grad()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with autograd.record():
                y = net(x)
            y.backward()
            text = show(y) + " | grad " + show(x.grad)
        print(label, hybrid, text, "| warnings:", [str(w.category.__name__) for w in caught])
