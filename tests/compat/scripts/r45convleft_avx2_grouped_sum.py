"""On AVX2 an inference executor's grouped convolution on oneDNN's im2col sgemm fused with the add after it runs the sgemm from the other operand (one filter a group too, and over more than 384 terms a group in blocks), the bias after, as MXNet does."""
# recorded on AVX2
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
cases = [(2, 2, 2, 3, 1, 1, False), (8, 8, 8, 3, 3, 1, False), (24, 3, 3, 3, 1, 2, True), (16, 8, 8, 1, 0, 1, False),
         (96, 4, 2, 3, 1, 1, False), (96, 6, 2, 3, 0, 2, False), (144, 9, 3, 3, 1, 1, False), (40, 16, 8, 3, 1, 1, True),
         (10, 6, 2, 3, 1, 1, False)]
for channels, filters, groups, k, pad, dilate, no_bias in cases:
    kwargs = dict(kernel=(k, k), pad=(pad, pad), dilate=(dilate, dilate), num_filter=filters, num_group=groups,
                  no_bias=no_bias)
    side = 7 + 2 * pad - dilate * (k - 1)
    args = {'data': mx.nd.array(rng.normal(size=(2, channels, 7, 7))),
            'conv_weight': mx.nd.array(rng.normal(size=(filters, channels // groups, k, k))),
            'addend': mx.nd.array(rng.normal(size=(2, filters, side, side)))}
    if not no_bias:
        args['conv_bias'] = mx.nd.array(rng.normal(size=(filters,)))
    data, addend = mx.sym.var('data'), mx.sym.var('addend')
    conv = mx.sym.Convolution(data, name='conv', **kwargs)
    plain = conv.bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    fused = (conv + addend).bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    print(channels, filters, groups, k, pad, dilate, no_bias, zlib.crc32(plain.tobytes()), zlib.crc32(fused.tobytes()),
          fused.ravel()[:2])
