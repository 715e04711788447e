"""MakeLoss gradients per dtype and normalization: the float grad_scale divided in float, except by the valid
count of float64 data (in double)."""
import numpy as np

import mxnet as mx
from mxnet import autograd, nd

rs = np.random.RandomState(5)
for dtype in ("float64", "float32", "float16"):
    for norm in ("null", "batch", "valid"):
        for scale in (0.3, 1.0, 2.5):
            x = nd.array(rs.uniform(-1, 1, (3, 7)), dtype=dtype)
            x.attach_grad()
            with autograd.record():
                y = nd.MakeLoss(x, grad_scale=scale, normalization=norm, valid_thresh=0.1)
            y.backward()
            g = x.grad.asnumpy()
            print(dtype, norm, scale, g.dtype, repr(g[0, 0].item()), len(np.unique(g)))
