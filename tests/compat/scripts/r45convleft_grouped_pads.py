"""Grouped float32 convolutions padded as wide as the kernel but not the dilated kernel run oneDNN's direct kernels (a depthwise one over 16k channels in inference its brgemm kernel at any padding, a fused add after its bias), few channels in all leave pads beyond 3 columns or the output's width to the im2col gemm, and a fused add on the gemm's single output position takes the gemv's block sums in turn, as MXNet does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
cases = [(16, 1, 16, 3, 3, 1, 1, 7), (16, 1, 16, 1, 2, 1, 2, 7), (32, 1, 32, 2, 2, 1, 1, 7), (16, 1, 16, 3, 5, 1, 1, 7),
         (8, 1, 8, 3, 3, 2, 1, 7), (16, 1, 16, 3, 4, 2, 2, 7), (24, 1, 24, 2, 2, 2, 1, 7), (16, 1, 16, 2, 3, 2, 1, 7),
         (2, 8, 2, 3, 4, 2, 1, 9), (4, 4, 2, 5, 4, 1, 1, 9), (2, 8, 2, 3, 2, 3, 1, 3), (6, 8, 2, 3, 3, 2, 1, 9),
         (32, 16, 2, 2, 2, 2, 1, 6), (16, 16, 2, 3, 3, 2, 1, 6), (2, 16, 2, 5, 2, 3, 1, 9), (4, 16, 2, 3, 4, 4, 1, 1)]
for channels, per_group, groups, k, pad, dilate, stride, width in cases:
    filters = per_group * groups
    kwargs = dict(kernel=(k, k), pad=(pad, pad), stride=(stride, stride), dilate=(dilate, dilate),
                  num_filter=filters, num_group=groups)
    side = (width + 2 * pad - dilate * (k - 1) - 1) // stride + 1
    x = mx.nd.array(rng.normal(size=(2, channels, width, width)))
    w = mx.nd.array(rng.normal(size=(filters, channels // groups, k, k)))
    b = mx.nd.array(rng.normal(size=(filters,)))
    a = mx.nd.array(rng.normal(size=(2, filters, side, side)))
    data, addend = mx.sym.var('data'), mx.sym.var('addend')
    conv = mx.sym.Convolution(data, name='conv', **kwargs)
    args = {'data': x, 'conv_weight': w, 'conv_bias': b, 'addend': a}
    plain = conv.bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    fused = (conv + addend).bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    with mx.autograd.record():
        trained = mx.nd.Convolution(x, w, b, **kwargs)
    print(channels, filters, groups, k, pad, dilate, stride, zlib.crc32(plain.tobytes()),
          zlib.crc32(fused.tobytes()), zlib.crc32(trained.asnumpy().tobytes()), fused.ravel()[:2])
