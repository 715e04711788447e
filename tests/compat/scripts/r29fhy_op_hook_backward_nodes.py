"""A hybridized block's op hook sees the backward nodes as MXNet's CachedOp monitor does: <node>_backward_<k> per input gradient asked for (every one with static_alloc, its inputs first with monitor_all), sum_grad_0 per sum of gradients, none for additions."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon, autograd, nd


class Branches(gluon.HybridBlock):
    def __init__(self):
        super().__init__(prefix='r_')
        with self.name_scope():
            self.d = gluon.nn.Dense(3, in_units=3)

    def hybrid_forward(self, F, x):
        h = self.d(x)
        a = F.relu(h) + h
        b = F.tanh(a) * F.sigmoid(a)
        return F.sum(b + F.BlockGrad(x) + x * 2)


def layers():
    net = gluon.nn.HybridSequential(prefix='s_')
    with net.name_scope():
        net.add(gluon.nn.Conv2D(2, 3, in_channels=1), gluon.nn.BatchNorm(in_channels=2),
                gluon.nn.Activation('relu'), gluon.nn.Flatten(), gluon.nn.Dense(2, in_units=18))
    return net


class Legacy(gluon.HybridBlock):
    def __init__(self):
        super().__init__(prefix='l_')
        with self.name_scope():
            self.inorm = gluon.nn.InstanceNorm(in_channels=3)

    def hybrid_forward(self, F, x):
        parts = F.split(x, num_outputs=2, axis=2)
        return self.inorm(F.concat(parts[1], parts[0], dim=2)) * 2


seen = []


def hook(name, op_name, array):
    seen.append(re.sub(r'^(r|s|l)\d*_', '', name.decode()) + ':' + op_name.decode())


mx.random.seed(5)
for make, shape in ((Branches, (2, 3)), (layers, (1, 1, 5, 5)), (Legacy, (2, 3, 4))):
    for flags in ({}, dict(static_alloc=True)):
        for monitor_all in (False, True) if make is not Legacy else (False,):     # (MXNet's is killed there)
            for x_grad in (False, True):
                net = make()
                net.initialize()
                net.hybridize(**flags)
                net.register_op_hook(hook, monitor_all=monitor_all)
                x = nd.random.uniform(shape=shape)
                if x_grad:
                    x.attach_grad()
                with autograd.record():
                    y = net(x)
                seen.clear()
                y.backward()
                print(make.__name__, flags, monitor_all, x_grad)
                print(' ', seen)
