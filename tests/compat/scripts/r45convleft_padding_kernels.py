"""Float32 convolutions padded beyond what oneDNN's direct kernels take run its im2col gemm (plain output, so a BatchNorm after it sums as over plain data): AVX2's kernel for 8k channels (not 16k both) past 3 columns of padding, AVX-512's in training past the output row's width and, for the data gradient, where the kernel reaches past a row beyond its padding; and 2-D weight gradients with rows padded past half the kernel over fewer rows than it spans, as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
cases = [(8, 8, 3, 1, 4, 2, (6, 6)), (3, 24, 5, 1, 4, 1, (2, 2)), (16, 24, 3, 1, 4, 2, (6, 6)),
         (24, 16, 5, 1, 4, 1, (6, 6)), (16, 16, 5, 1, 4, 2, (6, 2)), (32, 32, 5, 1, 4, 2, (6, 3)),
         (16, 16, 5, 1, 4, 2, (6, 4)), (16, 64, 7, 2, 3, 1, (3, 3)), (32, 64, 5, 2, 2, 1, (2, 2)),
         (16, 64, 5, 3, 2, 1, (1, 1)), (16, 16, 5, 1, 3, 1, (2, 6)), (16, 16, 5, 1, 3, 1, (6, 2)),
         (16, 16, 3, 1, 2, 1, (2, 6)), (16, 16, 7, 1, 3, 1, (5, 8)), (8, 8, 5, 1, 3, 1, (2, 2))]
for channels, filters, k, stride, pad, dilate, shape in cases:
    kwargs = dict(kernel=(k, k), stride=(stride, stride), pad=(pad, pad), dilate=(dilate, dilate), num_filter=filters)
    data = mx.sym.var('data')
    net = mx.sym.BatchNorm(mx.sym.Convolution(data, name='conv', **kwargs), fix_gamma=False, name='bn')
    net = mx.sym.MakeLoss(mx.sym.sum(net * mx.sym.var('head')))
    ex = net.simple_bind(mx.cpu(), data=(2, channels) + shape)
    for name, value in sorted(ex.arg_dict.items()):
        value[:] = mx.nd.array(rng.normal(size=value.shape))
    ex.forward(is_train=True)
    ex.backward()
    grads = ' '.join(str(zlib.crc32(ex.grad_dict[name].asnumpy().tobytes()))
                     for name in ('data', 'conv_weight', 'conv_bias', 'bn_gamma'))
    print(channels, filters, k, stride, pad, dilate, shape, zlib.crc32(ex.outputs[0].asnumpy().tobytes()), grads)
