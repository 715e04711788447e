# gluon.nn: bad arguments and bad inputs, the exception class each raises; dtype handling.
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
import numpy as np


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, nd.NDArray):
            r = (r.shape, np.dtype(r.dtype).name, np.round(r.asnumpy().astype(np.float64), 4).ravel()[:6].tolist())
        print(label, "->", r)
    except Exception as e:
        print(label, "raises", type(e).__name__)


def run(layer, x, init=None):
    mx.random.seed(0)
    layer.initialize(init) if init is not None else layer.initialize()
    return layer(x)


attempt("Lambda bad name", lambda: nn.Lambda("no_such_fn"))
attempt("HybridLambda bad name", lambda: nn.HybridLambda("no_such_fn"))
attempt("Lambda int", lambda: nn.Lambda(3))
attempt("Activation bad", lambda: run(nn.Activation("foo"), nd.ones((2, 2))))
attempt("Activation callable?", lambda: nn.Activation("softrelu")(nd.ones((1, 2))))
attempt("Activation softsign", lambda: nn.Activation("softsign")(nd.ones((1, 2))))
attempt("Dense wrong in_units", lambda: run(nn.Dense(3, in_units=4), nd.ones((2, 5))))
attempt("Dense 3D flatten", lambda: run(nn.Dense(3), nd.ones((2, 2, 2))))
attempt("Dense 3D no flatten", lambda: run(nn.Dense(3, flatten=False), nd.ones((2, 2, 2))))
attempt("Dense float64", lambda: run(nn.Dense(3, dtype="float64"), nd.ones((2, 2), dtype="float64")))
attempt("Dense 1D", lambda: run(nn.Dense(3), nd.ones((4,))))
attempt("Conv bad layout", lambda: nn.Conv2D(2, 3, layout="NCW"))
attempt("Conv2D int kernel tuple wrong len", lambda: nn.Conv2D(2, (3, 3, 3)))
attempt("MaxPool2D on 3D", lambda: run(nn.MaxPool2D(), nd.ones((1, 4, 4))))
attempt("MaxPool2D bad layout", lambda: nn.MaxPool2D(layout="NCW"))
attempt("Pool ceil", lambda: run(nn.MaxPool2D(2, 2, ceil_mode=True), nd.arange(25).reshape((1, 1, 5, 5))))
attempt("AvgPool count_include_pad", lambda: run(nn.AvgPool2D(3, 1, 1, count_include_pad=False), nd.arange(16).reshape((1, 1, 4, 4))))
attempt("AvgPool include pad", lambda: run(nn.AvgPool2D(3, 1, 1), nd.arange(16).reshape((1, 1, 4, 4))))
attempt("Embedding out of range", lambda: run(nn.Embedding(3, 2), nd.array([5, -1])))
attempt("Embedding float idx", lambda: run(nn.Embedding(3, 2), nd.array([1.7, 0.2])))
attempt("BatchNorm axis -1", lambda: run(nn.BatchNorm(axis=-1), nd.arange(6).reshape((2, 3))))
attempt("BatchNorm float16", lambda: run(nn.BatchNorm(), nd.arange(6, dtype="float16").reshape((2, 3))))
attempt("InstanceNorm 2D", lambda: run(nn.InstanceNorm(), nd.ones((2, 3))))
attempt("GroupNorm indivisible", lambda: run(nn.GroupNorm(num_groups=2), nd.ones((1, 3, 2))))
attempt("GroupNorm", lambda: run(nn.GroupNorm(num_groups=2), nd.arange(16).reshape((2, 4, 2))))
with autograd.train_mode():
    attempt("Dropout rate 1 train", lambda: nn.Dropout(1.0)(nd.ones((4,))))
attempt("LeakyReLU neg alpha", lambda: nn.LeakyReLU(-0.5)(nd.array([-1.0, 1.0])))
attempt("PReLU init", lambda: run(nn.PReLU(alpha_initializer=mx.init.Constant(0.1)), nd.array([[-2.0, 3.0]])))
attempt("PReLU channels", lambda: run(nn.PReLU(in_channels=2), nd.array([[-2.0, -3.0], [1.0, -1.0]])))
attempt("Swish", lambda: nn.Swish(2.0)(nd.array([-1.0, 0.5])))
attempt("GELU", lambda: nn.GELU()(nd.array([-1.0, 0.5])))
attempt("SELU", lambda: nn.SELU()(nd.array([-1.0, 0.5])))
attempt("ELU", lambda: nn.ELU(0.3)(nd.array([-1.0, 0.5])))
attempt("Flatten 1D", lambda: nn.Flatten()(nd.ones((3,))))
attempt("Flatten 4D", lambda: nn.Flatten()(nd.ones((2, 3, 1, 2))))
attempt("ReflectionPad 3D", lambda: nn.ReflectionPad2D(1)(nd.ones((1, 2, 2))))
attempt("ReflectionPad too big", lambda: nn.ReflectionPad2D(3)(nd.ones((1, 1, 2, 2))))
attempt("Sequential forward", lambda: (lambda s: (s.add(nn.Dense(2)), s.initialize(), s(nd.ones((1, 3))))[2])(nn.Sequential()))
attempt("Sequential empty forward", lambda: nn.Sequential()(nd.ones((1, 3))))
attempt("HybridSequential empty", lambda: nn.HybridSequential()(nd.ones((1, 3))))
attempt("Sequential add non-block", lambda: nn.Sequential().add(3))
attempt("uninitialized forward", lambda: nn.Dense(2)(nd.ones((1, 2))))
attempt("getitem out of range", lambda: nn.Sequential()[0])
for init in [mx.init.Xavier(), mx.init.Xavier(rnd_type="gaussian", factor_type="in", magnitude=2), mx.init.MSRAPrelu(),
             mx.init.Normal(0.5), mx.init.Uniform(0.2), mx.init.Orthogonal(), mx.init.Constant(0.3), mx.init.One(),
             mx.init.Zero(), mx.init.Bilinear()]:
    d = nn.Conv2D(2, 2, in_channels=2)
    mx.random.seed(6)
    np.random.seed(6)
    try:
        d.initialize(init)
        print(type(init).__name__, np.round(d.weight.data().asnumpy().astype(np.float64), 5).ravel()[:6].tolist(), d.bias.data().asnumpy().tolist())
    except Exception as e:
        print(type(init).__name__, "raises", type(e).__name__)
attempt("Conv2D on 3D", lambda: run(nn.Conv2D(2, 3), nd.ones((1, 4, 4))))
attempt("Conv2D kernel too big", lambda: run(nn.Conv2D(2, 5), nd.ones((1, 1, 3, 3))))
attempt("BatchNorm bad axis", lambda: run(nn.BatchNorm(axis=3), nd.ones((2, 3))))
attempt("BatchNorm 1D", lambda: run(nn.BatchNorm(), nd.ones((3,))))
attempt("LayerNorm bad axis", lambda: run(nn.LayerNorm(axis=4), nd.ones((2, 3))))
attempt("Conv2DTranspose groups unknown in", lambda: nn.Conv2DTranspose(4, 2, groups=2))
attempt("Conv2DTranspose groups 3", lambda: nn.Conv2DTranspose(3, 2, groups=3).weight.shape)
attempt("Conv2D channels vs groups", lambda: nn.Conv2D(3, 2, groups=2))
attempt("Conv2D in_channels vs groups", lambda: nn.Conv2D(4, 2, groups=2, in_channels=3))
import os
import tempfile
tmp = tempfile.mkdtemp()
for name, layer, x in (("dense", nn.Dense(2), nd.ones((1, 3))), ("known", nn.Dense(2, in_units=3), nd.ones((1, 3))),
                       ("conv", nn.Conv2D(2, 1), nd.ones((1, 1, 2, 2))), ("bn", nn.BatchNorm(), nd.ones((1, 2)))):
    layer.initialize()
    layer(x)
    attempt("export after deferred " + name, lambda: (layer.export(os.path.join(tmp, name)),
                                                      sorted(f for f in os.listdir(tmp) if f.startswith(name)))[1])
