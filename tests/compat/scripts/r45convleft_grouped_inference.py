"""In inference a grouped float32 convolution of 8k channels a group (beyond 8, not 16k both) sums 16k filters a group in one chain, the bias last (32k + 16 filters of a kernel beyond 1x1: in blocks of 8 channels apart, as in training), as MXNet's oneDNN does (a fused add too)."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(45)
for per_c, per_f, groups, k, dims in [(24, 16, 2, 3, 2), (24, 32, 3, 3, 1), (40, 16, 2, 3, 2), (24, 64, 2, 1, 2),
                                      (24, 48, 2, 3, 2), (24, 48, 2, 1, 2), (24, 16, 2, 3, 3), (64, 48, 2, 3, 3),
                                      (64, 48, 2, 3, 2), (16, 8, 2, 3, 2)]:
    channels, filters = per_c * groups, per_f * groups
    size = 6 if dims < 3 else 4
    kwargs = dict(kernel=(k,) * dims, pad=(k // 2,) * dims, num_filter=filters, num_group=groups)
    data, addend = mx.sym.var('data'), mx.sym.var('addend')
    conv = mx.sym.Convolution(data, name='conv', **kwargs)
    args = {'data': mx.nd.array(rng.normal(size=(2, channels) + (size,) * dims)),
            'conv_weight': mx.nd.array(rng.normal(size=(filters, per_c) + (k,) * dims)),
            'conv_bias': mx.nd.array(rng.normal(size=(filters,))),
            'addend': mx.nd.array(rng.normal(size=(2, filters) + (size,) * dims))}
    plain = conv.bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    fused = (conv + addend).bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    imperative = mx.nd.Convolution(args['data'], args['conv_weight'], args['conv_bias'], **kwargs).asnumpy()
    print(per_c, per_f, groups, k, dims, zlib.crc32(plain.tobytes()), zlib.crc32(fused.tobytes()),
          zlib.crc32(imperative.tobytes()), plain.ravel()[:2])
