"""float32 convolutions with one output position (the kernel covers the input), to the bit."""
import hashlib

import numpy as np

import mxnet as mx

rs = np.random.RandomState(1)
# (images, channels, filters, groups, kernel, stride, dilation, pad, input size, dims, bias)
CASES = [(2, 5, 3, 1, 2, 3, 2, 0, 5, 1, False), (2, 2, 4, 2, 2, 2, 2, 0, 4, 2, False),
         (1, 3, 5, 1, 3, 2, 2, 1, 4, 1, True), (2, 3, 4, 1, 3, 2, 1, 0, 4, 2, True),
         (1, 2, 10, 2, 3, 3, 2, 1, 4, 2, False), (2, 4, 1, 1, 3, 3, 2, 0, 6, 2, False),
         (1, 10, 2, 2, 3, 3, 2, 0, 7, 2, True), (2, 6, 5, 1, 4, 1, 1, 0, 4, 2, True)]
for n, c, f, groups, k, s, d, p, size, dims, use_bias in CASES:
    net = mx.gluon.nn.Conv2D(f, k, s, p, d, groups, use_bias=use_bias, in_channels=c) if dims == 2 else \
        mx.gluon.nn.Conv1D(f, k, s, p, d, groups, use_bias=use_bias, in_channels=c)
    net.initialize()
    for param in net.collect_params().values():
        param.set_data(mx.nd.array(rs.uniform(-1, 1, param.shape)))
    x = mx.nd.array(rs.uniform(-1, 1, (n, c) + (size,) * dims))
    for training in (False, True):
        with mx.autograd.record(train_mode=training):
            y = net(x).asnumpy()
        print((n, c, f, groups, k, s, d, p, size, dims, use_bias), training, y.shape,
              hashlib.md5(y.tobytes()).hexdigest()[:12], y.ravel()[:2].tolist())
