# hybridized BatchNorm and Dropout follow the autograd training flag at call time
import warnings
import mxnet as mx
from mxnet import autograd, nd, gluon
from mxnet.gluon import nn
import numpy as np

warnings.simplefilter('ignore')
for hyb in (False, True):
    net = nn.HybridSequential(prefix='t_')
    with net.name_scope():
        net.add(nn.BatchNorm(in_channels=2), nn.Dropout(0.0))
    net.initialize()
    if hyb:
        net.hybridize()
    x = nd.array([[1., 2.], [3., 6.], [5., 1.]])
    print(hyb, np.round(net(x).asnumpy(), 4).tolist())
    with autograd.record():
        y = net(x)
    print(hyb, np.round(y.asnumpy(), 4).tolist())
    print(hyb, np.round(net[0].running_mean.data().asnumpy(), 4).tolist(),
          np.round(net[0].running_var.data().asnumpy(), 4).tolist())
    with autograd.record(train_mode=False):
        y = net(x)
    print(hyb, np.round(y.asnumpy(), 4).tolist())
    with autograd.train_mode():
        y = net(x)
    print(hyb, np.round(y.asnumpy(), 4).tolist(), np.round(net[0].running_mean.data().asnumpy(), 4).tolist())
    x.attach_grad()
    with autograd.record():
        y = net(x)
    y.backward(nd.array([[1., 0.], [0., 2.], [3., 1.]]))
    print(hyb, np.round(x.grad.asnumpy(), 4).tolist(), np.round(net[0].gamma.grad().asnumpy(), 4).tolist())
