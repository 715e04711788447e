"""A hybridized block's op hook in forward: the names and operators it is called with, the arrays read back from
its handle (as MXNet's own Monitor reads them), how often it warns, and a hook that raises (reported on stderr,
the forward runs on)."""
import ctypes
import warnings

import numpy as np
import mxnet as mx
from mxnet import nd
from mxnet.gluon import nn


def net():
    n = nn.HybridSequential()
    n.add(nn.Dense(3, in_units=2, activation='relu'), nn.Dense(2, in_units=3))
    n.initialize(mx.init.Constant(0.2))
    return n


def reading(name, op_name, handle):
    array = nd.NDArray(ctypes.cast(handle, mx.base.NDArrayHandle), writable=False)
    print(' ', name.decode(), op_name.decode(), array.shape, np.round(array.asnumpy().astype('float64'), 4).tolist())


def raising(name, op_name, handle):
    print(' ', name.decode(), 'raises')
    raise ValueError('hook failed')


x = nd.array([[1., -2.], [0.5, 3.]])
for monitor_all in (False, True):
    for hook in (reading, raising):
        print('monitor_all', monitor_all, hook.__name__)
        n = net()
        n.hybridize()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            n.register_op_hook(hook, monitor_all=monitor_all)
            out = n(x)
            again = n(x * 2)
        print('  out', np.round(out.asnumpy().astype('float64'), 4).tolist(), again.shape)
        print('  warned', [str(w.message) for w in caught])
n = net()
n.register_op_hook(reading)
print('not hybridized', n(x).shape)
