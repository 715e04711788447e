"""InstanceNorm infers its parameter shapes for data of any dtype; the types are checked when it runs."""
import mxnet as mx, numpy as np
from mxnet import nd
from mxnet.gluon import nn
for dt in ('float64', 'float16', 'int32', 'float32'):
    for cast in (None, 'float64', 'float16'):
        for hyb in (False, True):
            net = nn.InstanceNorm(scale=True); net.initialize()
            if cast: net.cast(cast)
            if hyb: net.hybridize()
            try:
                y = net(nd.ones((2, 3, 4), dtype=dt)); y.wait_to_read(); r = (y.dtype.__name__, y.shape)
            except Exception as e:
                r = type(e).__name__
            print(dt, cast, hyb, r, net.gamma.shape)
