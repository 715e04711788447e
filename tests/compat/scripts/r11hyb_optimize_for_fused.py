"""A block's optimize_for(backend='MKLDNN') computes fused conv+bn, conv+relu, conv+bn+add+relu as MXNet does."""
import warnings

import numpy as np
from mxnet import gluon, nd
from mxnet.gluon import nn

warnings.simplefilter("ignore")


class Residual(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.conv = nn.Conv2D(2, 3, padding=1, in_channels=2)
            self.bn = nn.BatchNorm(in_channels=2)

    def hybrid_forward(self, F, x):
        return F.relu(self.bn(self.conv(x)) + x)


def sequential(*layers):
    net = nn.HybridSequential()
    net.add(*layers)
    return net


def networks():
    yield "conv_bn", sequential(nn.Conv2D(3, 3, padding=1, in_channels=2), nn.BatchNorm(in_channels=3))
    yield "conv_bn_relu", sequential(nn.Conv2D(3, 3, padding=1, in_channels=2), nn.BatchNorm(in_channels=3),
                                     nn.Activation("relu"))
    yield "conv_relu", sequential(nn.Conv2D(3, 3, padding=1, in_channels=2, activation="relu"))
    yield "conv_sigmoid_pool_dense", sequential(nn.Conv2D(2, 1, in_channels=2), nn.Activation("sigmoid"),
                                                nn.MaxPool2D(2), nn.Flatten(), nn.Dense(2, in_units=8))
    yield "residual", Residual()


x = nd.array(np.random.RandomState(2).uniform(-2, 2, (1, 2, 4, 4)))
for name, net in networks():
    net.initialize()
    values = np.random.RandomState(1)
    for key in sorted(net.collect_params().keys()):
        param = net.collect_params()[key]
        low, high = (0.5, 1.5) if "var" in key else (-1, 1)
        param.set_data(nd.array(values.uniform(low, high, param.shape)))
    plain = net(x).asnumpy()
    net.optimize_for(x, backend="MKLDNN")
    fused = net(x).asnumpy()
    same = (np.signbit(fused) == np.signbit(plain)).all() and (fused == plain).all()
    print(name, [float(v).hex() for v in fused.ravel()[:6]], "same as unfused:", same)
