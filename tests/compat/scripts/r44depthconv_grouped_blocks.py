"""A grouped convolution over 32, 48 or 64 channels a group sums each output's products in blocks of 16 channels apart, the bias after the first (in training for 16k filters a group, in inference for 32k + 16 filters beyond 16 and kernels beyond 1x1), and an inference executor's fused add joins the first block's sum before the bias, as MXNet's oneDNN does."""
import zlib

import mxnet as mx
import numpy as np

rng = np.random.RandomState(46)
for channels, filters, groups, kernel, pad in [
        (64, 96, 2, (3, 3), (1, 1)), (64, 160, 2, (3, 3), (1, 1)), (128, 96, 2, (3, 3), (1, 1)),
        (96, 48, 3, (3, 3), (1, 1)), (96, 32, 2, (3, 3), (1, 1)), (64, 128, 2, (3, 3), (1, 1)),
        (32, 96, 2, (3, 3), (1, 1)), (64, 48, 2, (3, 3), (1, 1)), (64, 96, 2, (1, 1), (0, 0)), (64, 64, 2, (3,), (1,))]:
    x = mx.nd.array(rng.normal(size=(2, channels) + (6,) * len(kernel)))
    w = mx.nd.array(rng.normal(size=(filters, channels // groups) + kernel))
    b = mx.nd.array(rng.normal(size=(filters,)))
    kwargs = dict(kernel=kernel, pad=pad, num_filter=filters, num_group=groups)
    inference = mx.nd.Convolution(x, w, b, **kwargs).asnumpy()
    with mx.autograd.record():
        training = mx.nd.Convolution(x, w, b, **kwargs).asnumpy()
    data, addend = mx.sym.var('data'), mx.sym.var('addend')
    conv = mx.sym.Convolution(data, name='gconv', **kwargs)
    args = {'data': x, 'gconv_weight': w, 'gconv_bias': b, 'addend': mx.nd.array(rng.normal(size=inference.shape))}
    fused = (conv + addend).bind(mx.cpu(), args, grad_req='null').forward(is_train=False)[0].asnumpy()
    print(channels, filters, groups, zlib.crc32(inference.tobytes()), zlib.crc32(training.tobytes()),
          zlib.crc32(fused.tobytes()), fused.ravel()[:2])
