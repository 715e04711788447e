"""An inference executor's grouped convolution of one filter a group on oneDNN's im2col gemm (3-D depthwise, several channels a group) fused with the add after it starts each output's chain from the other operand, the bias after, and a 1x1 depthwise one over 8k (not 16k) channels from it and the bias, as MXNet's oneDNN does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
for channels, filters, groups, kernel, pad, no_bias in [
        (8, 8, 8, (3, 3, 3), (1, 1, 1), False), (16, 16, 16, (3, 3, 3), (1, 1, 1), True),
        (8, 8, 8, (5, 5, 5), (2, 2, 2), False), (16, 8, 8, (3, 3, 3), (1, 1, 1), False),
        (32, 8, 8, (3, 3), (1, 1), False), (8, 4, 4, (3, 3), (1, 1), True), (64, 8, 8, (3, 3), (1, 1), False),
        (24, 24, 24, (1, 1), (0, 0), False), (8, 8, 8, (1, 1), (0, 0), True), (8, 8, 8, (3, 3), (2, 2), False)]:
    spatial = (4,) * len(kernel) if len(kernel) == 3 else (6, 6)
    data, addend = mx.sym.var('data'), mx.sym.var('addend')
    conv = mx.sym.Convolution(data, kernel=kernel, pad=pad, num_filter=filters, num_group=groups, no_bias=no_bias,
                              name='gconv')
    args = {'data': mx.nd.array(rng.normal(size=(2, channels) + spatial)),
            'gconv_weight': mx.nd.array(rng.normal(size=(filters, channels // groups) + kernel))}
    args['addend'] = mx.nd.array(rng.normal(size=conv.infer_shape(data=(2, channels) + spatial)[1][0]))
    if not no_bias:
        args['gconv_bias'] = mx.nd.array(rng.normal(size=(filters,)))
    fused = (conv + addend).bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    print(channels, filters, groups, kernel, no_bias, zlib.crc32(fused.tobytes()), fused.ravel()[:2])
