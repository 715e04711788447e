"""BatchNorm's backward over the output of a 1-D convolution that oneDNN holds in blocks: MXNet takes the 3-D
data as a 4-D view and its kernel refuses a view of such memory. The error is kept with the gradients and
raised by the first read of one, once; plain outputs (other channel counts, depthwise, nd.relu between) pass."""
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
