"""A convolutional autoencoder with Conv2DTranspose (output_padding, hybridized or not, three optimizers, an
output_padding MXNet refuses), Conv2DTranspose options, and a small GAN trained by two Trainers with and without
detach, to 5 digits."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn
from _words import words


def bits(a):
    """The sum of magnitudes to 5 digits: products, softmax and BatchNorm sum in the CPU's vector-kernel order."""
    return "%.5g" % float(np.abs(a.asnumpy().astype(np.float64)).sum())


def checksum(net):
    return " ".join("%s=%s" % (k, bits(p.data())) for k, p in sorted(net.collect_params().items()))


def autoencoder(out_pad):
    net = nn.HybridSequential()
    with net.name_scope():
        net.add(nn.Conv2D(4, 3, strides=2, padding=1, activation="relu"),
                nn.Conv2D(6, 3, strides=2, padding=1, activation="relu"),
                nn.Conv2DTranspose(4, 3, strides=2, padding=1, output_padding=1, activation="relu"),
                nn.Conv2DTranspose(1, 3, strides=2, padding=1, output_padding=out_pad))
    net.initialize(mx.init.Xavier())
    return net


x = nd.array(np.random.RandomState(2).uniform(size=(3, 1, 8, 8)))
for opt, hybrid, out_pad in [("sgd", False, 1), ("adam", True, 1), ("nag", False, 1), ("sgd", True, 0), ("sgd", False, 2)]:
    mx.random.seed(5)
    try:
        net = autoencoder(out_pad)
        if hybrid:
            net.hybridize()
        trainer = gluon.Trainer(net.collect_params(), opt, {"learning_rate": 0.01})
        losses = []
        for step in range(3):
            with autograd.record():
                r = net(x)
                loss = gluon.loss.L2Loss()(r, x) if r.shape == x.shape else r.mean()
            loss.backward()
            trainer.step(3)
            losses.append("%s %.5g" % (r.shape, float(loss.mean().asscalar())))
        print(opt, hybrid, out_pad, " ".join(losses))
        print("  ", checksum(net))
    except Exception as e:
        print(opt, hybrid, out_pad, words(e))

data = nd.array(np.random.RandomState(0).normal(size=(2, 3, 5, 5)))
for kwargs in [dict(channels=2, kernel_size=3, strides=2), dict(channels=2, kernel_size=(2, 3), strides=(2, 1), padding=(1, 0)),
               dict(channels=4, kernel_size=3, dilation=2), dict(channels=2, kernel_size=4, strides=3, output_padding=2),
               dict(channels=3, kernel_size=3, use_bias=False, in_channels=3)]:
    mx.random.seed(1)
    layer = nn.Conv2DTranspose(**kwargs)
    layer.initialize(mx.init.Xavier())
    with autograd.record():
        out = layer(data)
    out.backward()
    print(layer, out.shape, bits(out), bits(layer.weight.grad()))

real = nd.array(np.random.RandomState(0).normal(1, 0.5, size=(6, 4)))
for hybrid in (False, True):
    for detach in (True, False):
        mx.random.seed(8)
        gen, dis = nn.HybridSequential(prefix="gen_"), nn.HybridSequential(prefix="dis_")
        with gen.name_scope():
            gen.add(nn.Dense(8, activation="relu"), nn.Dense(4))
        with dis.name_scope():
            dis.add(nn.Dense(8), nn.LeakyReLU(0.2), nn.Dense(1))
        gen.initialize(mx.init.Normal(0.1))
        dis.initialize(mx.init.Normal(0.1))
        if hybrid:
            gen.hybridize()
            dis.hybridize()
        tg = gluon.Trainer(gen.collect_params(), "adam", {"learning_rate": 0.01, "beta1": 0.5})
        td = gluon.Trainer(dis.collect_params(), "adam", {"learning_rate": 0.01, "beta1": 0.5})
        bce = gluon.loss.SigmoidBinaryCrossEntropyLoss()
        ones, zeros = nd.ones((6,)), nd.zeros((6,))
        steps = []
        for it in range(3):
            z = nd.random.normal(shape=(6, 3))
            with autograd.record():
                fake = gen(z)
                ld = bce(dis(real), ones) + bce(dis(fake.detach() if detach else fake), zeros)
            ld.backward()
            td.step(6)
            with autograd.record():
                lg = bce(dis(gen(z)), ones)
            lg.backward()
            tg.step(6)
            steps.append("%.5g/%.5g" % (float(ld.mean().asscalar()), float(lg.mean().asscalar())))
        print("gan", hybrid, detach, " ".join(steps))
        print("  ", checksum(gen), checksum(dis))
