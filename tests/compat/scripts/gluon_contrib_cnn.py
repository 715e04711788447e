# gluon.contrib.cnn: deformable convolutions, reprs, parameters and outputs (zero and learned offsets).
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon.contrib import cnn
import numpy as np


def show(label, x):
    a = x.asnumpy().astype(np.float64)
    print(label, x.shape, round(float(a.sum()), 3) + 0.0, np.round(a.ravel()[:6], 4).tolist())


layers = [cnn.DeformableConvolution(4, in_channels=2), cnn.DeformableConvolution(3, kernel_size=3, padding=1),
          cnn.DeformableConvolution(2, 3, strides=2, dilation=2, use_bias=False, activation="relu", groups=2,
                                    in_channels=4),
          cnn.DeformableConvolution(2, (2, 3), num_deformable_group=2, offset_use_bias=False),
          cnn.ModulatedDeformableConvolution(4), cnn.ModulatedDeformableConvolution(2, 3, padding=1, in_channels=2)]
for layer in layers:
    print(layer)
    print([(k, v.shape) for k, v in layer.collect_params().items()])

mx.random.seed(0)
x = nd.random.uniform(-1, 1, shape=(2, 4, 5, 5))
for kwargs in ({"channels": 3, "kernel_size": 3, "padding": 1},
               {"channels": 2, "kernel_size": 3, "strides": 2, "dilation": 1},
               {"channels": 4, "kernel_size": 2, "num_deformable_group": 2, "groups": 2},
               {"channels": 2, "kernel_size": 3, "padding": 1, "offset_weight_initializer": mx.init.Normal(0.5),
                "offset_bias_initializer": mx.init.Uniform(1.0)},
               {"channels": 2, "kernel_size": 3, "dilation": 2, "padding": 2, "num_deformable_group": 4,
                "offset_weight_initializer": mx.init.Normal(0.3)}):
    for cls in (cnn.DeformableConvolution,):
        layer = cls(**kwargs)
        mx.random.seed(3)
        layer.initialize()
        x.attach_grad()
        with autograd.record():
            y = layer(x)
        y.backward()
        show(cls.__name__, y)
        show("  dx", x.grad)
        for k, v in layer.collect_params().items():
            show("  d" + k.split("_", 1)[1], v.grad())
    layer = cnn.ModulatedDeformableConvolution(**kwargs)
    mx.random.seed(3)
    layer.initialize()
    try:
        show("ModulatedDeformableConvolution", layer(x))
    except Exception as e:
        print("ModulatedDeformableConvolution raises", type(e).__name__)
layer = cnn.ModulatedDeformableConvolution(2, 3)
layer.initialize()
try:
    with autograd.record():
        y = layer(x)
    y.backward()
    print(x.grad.asnumpy().sum())
except Exception as e:
    print("modulated backward raises", type(e).__name__)
