"""Max pooling of windows holding only nan or -inf, or lying past the input: the lowest float, in 1-D, 2-D, 3-D."""
import mxnet as mx
from mxnet import nd, autograd
from mxnet.gluon import nn
import numpy as np

rs = np.random.RandomState(0)
for shape, k, s, p, conv in (((1, 2, 4, 4), 2, 3, 1, 'full'), ((1, 2, 5, 6), 2, 2, 0, 'valid'),
                             ((1, 2, 5, 6), 3, 1, 1, 'valid'), ((1, 2, 3, 4, 4), 2, 3, 1, 'full'),
                             ((1, 2, 7), 2, 3, 1, 'full')):
    d = len(shape) - 2
    for fill in (np.nan, -np.inf, np.finfo(np.float32).min):
        xv = rs.uniform(-1, 1, shape).astype(np.float32)
        xv[0, 0] = fill
        xv[0, 1].flat[::3] = fill
        x = nd.array(xv)
        x.attach_grad()
        with autograd.record():
            y = nd.Pooling(x, kernel=(k,) * d, pad=(p,) * d, stride=(s,) * d, pool_type='max', pooling_convention=conv)
        y.backward(nd.array(rs.uniform(-1, 1, y.shape)))
        print(shape, fill, y.asnumpy().ravel()[:6].tolist(), x.grad.asnumpy().tobytes().hex()[:96])
x = nd.array(rs.uniform(-1, 1, (2, 3, 5, 6)))
x[0, 0] = np.nan
x[1, 1] = np.inf
print(nn.MaxPool2D()(x).asnumpy().tolist()[0][0], nn.MaxPool3D(ceil_mode=True)(x.reshape((2, 3, 5, 3, 2))).shape)
