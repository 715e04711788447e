"""A hybridized block's op hook sees the hidden work arrays (max Pooling's workspace, LRN's tmp_norm, L2Normalization's norm, GridGenerator's grid_dst, Correlation's tmp1/tmp2, det's factors and pivots) while recording or with static_alloc."""
# recorded on AVX2
import ctypes
import mxnet as mx
import numpy as np
from mxnet.gluon import nn
from mxnet.base import py_str

np.set_printoptions(precision=4, linewidth=160)
x4 = mx.nd.array(np.random.RandomState(0).uniform(0.1, 1, (2, 4, 6, 6)))
theta = mx.nd.array([[1, 0.1, 0, 0.2, 0.9, 0.1], [0.8, 0, 0.1, 0, 1, 0]])
cases = [('corr', lambda F, x: F.Correlation(x, x * 2, kernel_size=1, max_displacement=1, pad_size=1), x4),
         ('det', lambda F, x: F.linalg.det(x), x4),
         ('grid', lambda F, x: F.GridGenerator(x, transform_type='affine', target_shape=(2, 3)), theta),
         ('l2c', lambda F, x: F.L2Normalization(x, mode='channel'), x4),
         ('l2i', lambda F, x: F.L2Normalization(x), x4),
         ('lrn', lambda F, x: F.LRN(x, nsize=3), x4),
         ('maxpool', lambda F, x: F.Pooling(x, kernel=(2, 2), pool_type='max'), x4),
         ('avgpool', lambda F, x: F.Pooling(x, kernel=(2, 2), pool_type='avg'), x4)]


def hook(name, op_name, handle):
    name = py_str(name)
    value = mx.nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False).asnumpy()
    unwritten = name.endswith(('tmp_norm', 'workspace'))       # MXNet leaves these buffers as they were
    print("  ", name, py_str(op_name), value.shape, value.dtype, '-' if unwritten else value.ravel()[:6])


for tag, f, data in cases:
    for static, recording in ((False, False), (False, True), (True, False)):
        net = nn.HybridLambda(f)
        net.hybridize(static_alloc=static, static_shape=static)
        net.register_op_hook(hook, monitor_all=static)
        print(tag, static, recording)
        if recording:
            x = data.copy()
            x.attach_grad()
            with mx.autograd.record():
                y = net(x)
            y.backward()
        else:
            net(data)
        mx.nd.waitall()
