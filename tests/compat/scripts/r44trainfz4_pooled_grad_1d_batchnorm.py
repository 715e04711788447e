"""BatchNorm's backward refuses (!is_view) the data gradient of a 1-D pooling to one output position that oneDNN holds channels last: fewer channels than positions, or one channel over fewer images than positions."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd

np.random.seed(0)


def refused(pool, images, channels, positions):
    x = nd.array(np.random.randn(images, channels, positions))
    gamma, beta = nd.ones(channels), nd.zeros(channels)
    gamma.attach_grad()
    try:
        with autograd.record():
            z = nd.BatchNorm(x, gamma, beta, nd.zeros(channels), nd.ones(channels))
            if pool == 'window':
                o = nd.Pooling(z, kernel=(positions,), pool_type='avg')
            else:
                o = nd.Pooling(z, global_pool=True, kernel=(1,), pool_type=pool)
        o.backward()
        gamma.grad.wait_to_read()
        return '.'
    except mx.base.MXNetError as e:
        assert 'is_view' in str(e)
        return 'E'


for pool in ('avg', 'max', 'window'):
    for images in (1, 2, 3, 5):
        print(pool, images, ' '.join('C%d:%s' % (c, ''.join(refused(pool, images, c, w) for w in (1, 2, 3, 4, 8, 9, 17)))
                                     for c in (1, 2, 3, 4, 8, 9, 16)))
