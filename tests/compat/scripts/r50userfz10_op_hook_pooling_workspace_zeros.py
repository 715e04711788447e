"""A hybridized block's op hook, over a backward through a max Pooling (not an average one), sees the
_zeros_without_dtype node (zeros_without_dtype_0, int32 zeros shaped as the pooled output) that gives the
oneDNN workspace's output gradient before the Pooling's own backward node, as MXNet does."""
# recorded on AMD AVX2
import ctypes

import mxnet as mx
from mxnet import autograd, nd
from mxnet.gluon import nn

mx.random.seed(5)


def hook(name, op_name, handle):
    array = mx.nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False)
    if b'workspace' not in name:        # (the oneDNN workspace's values are its kernel's own)
        print(name, op_name, array.shape, array.dtype, float(array.astype('float64').abs().sum().asscalar()))


for monitor_all in (False, True):
    for pool in (nn.MaxPool2D(), nn.AvgPool2D(), nn.GlobalMaxPool2D(), nn.MaxPool2D(pool_size=3, strides=1, padding=1)):
        net = nn.HybridSequential()
        net.add(nn.Conv2D(2, 3), pool, nn.Dense(2))
        net.initialize(mx.init.Xavier())
        net.hybridize()
        net.register_op_hook(hook, monitor_all=monitor_all)
        x = nd.random.uniform(shape=(1, 1, 6, 6))
        print('---', monitor_all, type(pool).__name__)
        with autograd.record():
            y = net(x)
        y.backward()
