"""BatchNorm's backward over 3-D arrays oneDNN holds in a layout of its own (a 1-D convolution's output in blocks;
a 1-D global pooling's data gradient, channels last): MXNet takes the 3-D data as a 4-D view and its kernel
refuses a view of such memory. The error is kept with the gradients and raised by the first read of one, once;
plain arrays (other channel counts, depthwise, nd.relu between, more channels than positions) pass."""
# recorded on AVX2
import mxnet as mx
from mxnet import autograd, nd


def words(e):
    return type(e).__name__ + ': ' + str(e).replace('\n', ' | ')


def nd_case(tag, c, f, mid=None, groups=1, deconv=False, train=True):
    mx.random.seed(0)
    x = nd.random.normal(shape=(4, c, 9))
    w = nd.random.normal(shape=((c, f // groups, 3) if deconv else (f, c // groups, 3))) * 0.3
    g, b = nd.ones(f), nd.zeros(f)
    g.attach_grad()
    with autograd.record(train_mode=train):
        op = nd.Deconvolution if deconv else nd.Convolution
        y = op(x, w, kernel=(3,), num_filter=f, num_group=groups, no_bias=True)
        z = nd.BatchNorm(mid(y) if mid else y, g, b, nd.zeros(f), nd.ones(f))
    z.backward()
    print(tag, 'output', z.shape)
    for read in range(2):
        try:
            g.grad.wait_to_read()
            print(tag, 'read', read, 'ok')
        except mx.base.MXNetError as e:
            print(tag, 'read', read, words(e))


for c, f in [(3, 8), (8, 8), (12, 8), (1, 8), (8, 4), (16, 32)]:
    nd_case('c%d f%d' % (c, f), c, f)
nd_case('relu', 3, 8, mid=nd.relu)
nd_case('sigmoid', 3, 8, mid=lambda y: nd.Activation(y, act_type='sigmoid'))
nd_case('groups2', 16, 16, groups=2)
nd_case('depthwise', 8, 8, groups=8)
nd_case('deconv', 8, 8, deconv=True)
nd_case('deconv3', 3, 8, deconv=True)
nd_case('predict', 3, 8, train=False)


def pooled_case(length, channels, pool_type, kernel=None, images=4):
    x = nd.random.normal(shape=(images, channels, length))
    g = nd.ones(channels)
    g.attach_grad()
    with autograd.record():
        y = nd.BatchNorm(x, g, nd.zeros(channels), nd.zeros(channels), nd.ones(channels))
        if kernel is None:
            z = nd.Pooling(y, global_pool=True, kernel=(1,), pool_type=pool_type)
        else:
            z = nd.Pooling(y, kernel=(kernel,), pool_type=pool_type)
    z.backward()
    try:
        g.grad.wait_to_read()
        return '.'
    except mx.base.MXNetError:
        return 'E'


for pool_type in ('max', 'avg'):
    for length in range(1, 11):
        print(pool_type, length, ''.join(pooled_case(length, c, pool_type) for c in range(1, 10)))
print('full window', ''.join(pooled_case(8, c, 'max', kernel=8) for c in (3, 4, 8)))
print('half window', ''.join(pooled_case(8, c, 'max', kernel=4) for c in (3, 4, 8)))
for images in (1, 2, 3, 6):
    print('one channel', images, ''.join(pooled_case(length, 1, 'avg', images=images) for length in range(1, 9)))
