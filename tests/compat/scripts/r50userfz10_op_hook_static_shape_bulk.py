"""A block hybridized with static_alloc and static_shape runs in bulk the nodes touching no array bound at each
call, so its op hook sees only the forward nodes reading a data input or giving an output and the gradient
nodes reading a head gradient or a data input (no zeros node); with static_alloc alone it sees every node,
the max Pooling workspace's zeros node too, as MXNet does."""
# recorded on AMD AVX2
import warnings

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn

warnings.simplefilter("ignore")
mx.random.seed(5)


def hook(name, op_name, handle):
    print(name, op_name)


for static_shape in (True, False):
    for layers in ([nn.Conv2D(2, 3), nn.MaxPool2D(), nn.Dense(2)],
                   [nn.Conv2D(2, 3), nn.BatchNorm(), nn.Activation('relu'), nn.AvgPool2D(), nn.Flatten(),
                    nn.Dropout(0.5), nn.Dense(3), nn.Activation('tanh'), nn.Dense(2)],
                   [nn.Dense(4), nn.Activation('relu'), nn.Dense(3), nn.LayerNorm(), nn.Dense(2)]):
        net = nn.HybridSequential()
        net.add(*layers)
        net.initialize(mx.init.Xavier())
        net.hybridize(static_alloc=True, static_shape=static_shape)
        net.register_op_hook(hook, monitor_all=False)
        x = nd.random.uniform(shape=(2, 1, 6, 6))
        print('--- static_shape', static_shape, 'training')
        with autograd.record():
            y = net(x)
        y.backward()
        print('--- static_shape', static_shape, 'inference')
        net(x)
