"""An inference executor's 1x1 convolution over 8k channels with 16k + 8 filters fused with the add after it sums the residual in after its products and bias, as MXNet's oneDNN 1x1 kernel does."""
import hashlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(44)


def digest(a):
    return hashlib.md5(np.ascontiguousarray(a).tobytes()).hexdigest()[:16]


def residual(channels, filters, size, stride, kernel=1, pad=0):
    """conv(data) + shortcut, bound for inference (the subgraph backend fuses the add into the convolution)."""
    data, shortcut = mx.sym.var('data'), mx.sym.var('shortcut')
    conv = mx.sym.Convolution(data, kernel=(kernel, kernel), stride=(stride, stride), pad=(pad, pad),
                              num_filter=filters, name='proj')
    out = (size + 2 * pad - kernel) // stride + 1
    args = {'data': mx.nd.array(rng.normal(size=(2, channels, size, size))),
            'shortcut': mx.nd.array(rng.normal(size=(2, filters, out, out))),
            'proj_weight': mx.nd.array(rng.normal(size=(filters, channels, kernel, kernel))),
            'proj_bias': mx.nd.array(rng.normal(size=(filters,)))}
    y = (conv + shortcut).bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    apart = mx.nd.Convolution(args['data'], args['proj_weight'], args['proj_bias'], kernel=(kernel, kernel),
                              stride=(stride, stride), pad=(pad, pad), num_filter=filters).asnumpy()
    apart = apart + args['shortcut'].asnumpy()
    print(channels, filters, size, stride, kernel, digest(y), np.array_equal(y, apart), y.ravel()[:3])


for channels, filters, size, stride in [(8, 8, 6, 1), (8, 24, 6, 3), (16, 8, 6, 1), (16, 24, 6, 2),
                                        (64, 8, 4, 1), (32, 40, 4, 1), (8, 8, 5, 2), (3, 8, 6, 1), (12, 8, 6, 1)]:
    residual(channels, filters, size, stride)
residual(8, 8, 6, 1, kernel=3, pad=1)

# a bottleneck block as users write it: conv-bn-relu, then a 1x1 projection added to its input
data = mx.sym.var('data')
body = mx.sym.Activation(mx.sym.BatchNorm(mx.sym.Convolution(data, kernel=(3, 3), pad=(1, 1), num_filter=8,
                                                             name='c1'), fix_gamma=False, name='bn1'), act_type='relu')
net = mx.sym.relu(mx.sym.Convolution(body, kernel=(1, 1), num_filter=8, name='c2') + body)
net = mx.sym.FullyConnected(mx.sym.Pooling(net, global_pool=True, kernel=(1, 1), pool_type='avg'), num_hidden=3)
ex = net.simple_bind(mx.cpu(), data=(4, 3, 6, 6), grad_req='null')
for name, arr in sorted(ex.arg_dict.items()):
    arr[:] = rng.normal(size=arr.shape) * (0.5 if name != 'data' else 1)
for name, arr in sorted(ex.aux_dict.items()):
    arr[:] = rng.uniform(0.5, 1.5, size=arr.shape)
np.set_printoptions(precision=9)
print(ex.forward(is_train=False)[0].asnumpy())
