"""A hybridized block's op hook sees the node outputs MXNet's CachedOp gives a buffer: unread outputs are skipped without static_alloc, while recording the outputs a gradient reads (normalisation statistics, Dropout's mask, topk's indices) are seen, with static_alloc every output."""
# recorded on AVX2
import re

import mxnet as mx
from mxnet import gluon, autograd, nd


class Layers(gluon.HybridBlock):
    def __init__(self):
        super().__init__(prefix='net_')
        with self.name_scope():
            self.bn = gluon.nn.BatchNorm(in_channels=3)
            self.ln = gluon.nn.LayerNorm(in_channels=4)
            self.inorm = gluon.nn.InstanceNorm(in_channels=3)
            self.gn = gluon.nn.GroupNorm(num_groups=1)
            self.drop = gluon.nn.Dropout(0.5)

    def hybrid_forward(self, F, x):
        top = F.topk(x, k=2, ret_typ='both')
        return self.bn(x) + self.ln(x) + self.inorm(x) + self.gn(x) + \
            F.broadcast_add(self.drop(x), top[0].sum()) + F.softmax(x)


class Unread(gluon.HybridBlock):
    def __init__(self):
        super().__init__(prefix='unread_')

    def hybrid_forward(self, F, x):
        parts = F.split(x, num_outputs=3, axis=1)
        top = F.topk(x, k=1, ret_typ='value')
        return parts[0] * 2 + top + F.max(x, axis=1).expand_dims(1)


seen = []


def hook(name, op_name, array):
    seen.append(re.sub(r'^(net|unread)\d*_', '', name.decode()) + ':' + op_name.decode())


def show(tag):
    print(' ', tag, seen)
    seen.clear()


mx.random.seed(3)
for make, shape in ((Layers, (2, 3, 4)), (Unread, (2, 3))):
    for flags in ({}, dict(static_alloc=True)):
        for monitor_all in (False, True):
            net = make()
            net.initialize()
            net.hybridize(**flags)
            net.register_op_hook(hook, monitor_all=monitor_all)
            print(make.__name__, flags, monitor_all)
            x = nd.random.uniform(shape=shape)
            net(x)
            show('plain')
            with autograd.record():
                net(x)
            show('recorded')
            with autograd.record(train_mode=False):
                net(x)
            show('recorded, predicting')
            with autograd.train_mode():
                net(x)
            show('training, not recorded')
