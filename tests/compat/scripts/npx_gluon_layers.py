"""Gluon layers under npx.set_np() (imperative and hybridized): mx.np outputs and MXNet's sums."""
import numpy as onp
import mxnet as mx
from mxnet import autograd, gluon, np, npx
from mxnet.gluon import nn, contrib
npx.set_np()
mx.random.seed(3)
x = np.array(onp.random.RandomState(0).uniform(-1, 1, (2, 4, 5, 5)), dtype='float32')
layers = [
          ('deconv', nn.Conv2DTranspose(2, 3, in_channels=4)), ('avgpool', nn.AvgPool2D()),
          ('gmaxpool', nn.GlobalMaxPool2D()), ('gavg', nn.GlobalAvgPool2D()),
          ('elu', nn.ELU()), ('selu', nn.SELU()), ('leaky', nn.LeakyReLU(0.1)), ('sig', nn.Activation('sigmoid')),
          ('identity', contrib.nn.Identity()) if hasattr(contrib.nn, 'Identity') else ('identity', nn.HybridLambda('relu')),
          ('lambda', nn.Lambda(lambda x: x * 2)), ('bn', nn.BatchNorm(in_channels=4)), ('conv3', nn.Conv2D(3, 2, strides=2, padding=1, in_channels=4))]
for name, layer in layers:
    try:
        layer.initialize()
        for hyb in (False, True):
            if hyb and isinstance(layer, nn.HybridBlock):
                layer.hybridize()
            with autograd.record():
                out = layer(x)
            print(name, hyb, type(out).__name__, out.shape, onp.round(float(out.asnumpy().sum()), 3))
    except Exception as e:
        print(name, 'error', type(e).__name__, str(e)[:80])
