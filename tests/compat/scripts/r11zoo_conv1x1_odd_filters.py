"""A float32 1x1 convolution of 16k + 8 filters over more than 128 channels sums blocks of 128 channels apart, as oneDNN's."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd

for channels, filters, size, stride, bias, train in [(256, 8, 1, 1, True, False), (136, 24, 2, 1, True, True),
                                                     (264, 8, 2, 2, False, False), (256, 8, 3, 2, True, False),
                                                     (128, 8, 1, 1, True, False)]:
    x = nd.array(np.sin(np.arange(channels * size * size) * 0.37).reshape(1, channels, size, size))
    w = nd.array(np.cos(np.arange(filters * channels) * 0.91).reshape(filters, channels, 1, 1))
    args = [x, w] + ([nd.array(np.linspace(-1, 1, filters))] if bias else [])
    with autograd.record(train_mode=train):
        y = nd.Convolution(*args, kernel=(1, 1), stride=(stride, stride), num_filter=filters, no_bias=not bias)
    print(channels, filters, size, stride, bias, train, y[0, :4].asnumpy().ravel().tolist())
