"""An inference executor's grouped convolution fused with the add after it sums the other operand as MXNet's oneDNN kernels do: a depthwise one over 8k (not 16k) channels from it and the bias, one channel a group over 8 or more channels (its bias last) before the bias, blocks of channels apart before the bias after the first, and one chain of over 16 channels a group after the bias."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(44)
for channels, filters, groups, stride, no_bias in [(8, 8, 8, 1, False), (8, 8, 8, 2, False), (8, 8, 8, 1, True),
                                                    (24, 24, 24, 2, False), (16, 16, 16, 1, False),
                                                    (8, 64, 8, 1, False), (16, 128, 16, 2, True),
                                                    (4, 32, 4, 1, False), (4, 16, 2, 1, False), (16, 8, 2, 1, False),
                                                    (64, 48, 2, 1, False), (64, 48, 2, 1, True), (64, 32, 2, 2, False),
                                                    (96, 48, 3, 1, False), (32, 32, 2, 1, False)]:
    data, addend = mx.sym.var('data'), mx.sym.var('addend')
    conv = mx.sym.Convolution(data, kernel=(3, 3), pad=(1, 1), stride=(stride, stride), num_filter=filters,
                              num_group=groups, no_bias=no_bias, name='dw')
    side = (9 + 2 - 3) // stride + 1
    args = {'data': mx.nd.array(rng.normal(size=(2, channels, 9, 9))),
            'dw_weight': mx.nd.array(rng.normal(size=(filters, channels // groups, 3, 3))),
            'addend': mx.nd.array(rng.normal(size=(2, filters, side, side)))}
    if not no_bias:
        args['dw_bias'] = mx.nd.array(rng.normal(size=(filters,)))
    plain = conv.bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    fused = (conv + addend).bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    print(channels, filters, groups, stride, no_bias, zlib.crc32(plain.tobytes()), zlib.crc32(fused.tobytes()),
          fused.ravel()[:2])
