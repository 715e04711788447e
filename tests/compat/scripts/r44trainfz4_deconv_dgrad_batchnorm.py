"""BatchNorm's backward refuses (!is_view) a 1-D or 3-D head gradient that a Deconvolution's data gradient left in oneDNN's blocks, by its channels, filters and groups, and a grouped Deconvolution of one filter a group fails its data gradient."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd

np.random.seed(0)


def run(dims, groups, per_filters, per_channels):
    filters, channels = per_filters * groups, per_channels * groups
    spatial, kernel = ((6,), (2,)) if dims == 1 else ((3, 3, 3), (2, 2, 2))
    x = nd.array(np.random.randn(2, 3, *spatial))
    w1 = nd.array(np.random.randn(3, filters, *kernel))
    w2 = nd.array(np.random.randn(filters, per_channels, *kernel))
    gamma, beta = nd.ones(filters), nd.zeros(filters)
    for a in (w1, w2, gamma, beta):
        a.attach_grad()
    try:
        with autograd.record():
            y = nd.Deconvolution(x, w1, kernel=kernel, stride=(2,) * dims, num_filter=filters, no_bias=True)
            z = nd.BatchNorm(y, gamma, beta, nd.zeros(filters), nd.ones(filters))
            o = nd.Deconvolution(z, w2, kernel=kernel, stride=(1,) * dims, pad=(1,) * dims, num_filter=channels,
                                 no_bias=True, num_group=groups)
        o.backward()
        return '%.4f' % w1.grad.sum().asscalar()
    except mx.base.MXNetError as e:
        return [ln for ln in str(e).split('\n') if ln.strip()][-1]


for dims in (1, 3):
    for groups, per_filters, per_channels in [(1, 16, 3), (1, 16, 16), (1, 16, 24), (1, 16, 32), (1, 8, 8),
                                              (1, 24, 4), (2, 4, 4), (2, 12, 4), (2, 12, 2), (2, 8, 3),
                                              (4, 8, 1), (4, 8, 2), (4, 12, 8), (2, 16, 5)]:
        print(dims, groups, per_filters, per_channels, run(dims, groups, per_filters, per_channels))
