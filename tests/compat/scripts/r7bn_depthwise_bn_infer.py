# BatchNorm inference on a depthwise convolution's output: MXNet (AVX-512) writes 16k + 8 channels channels-last
# in inference, where BatchNorm runs oneDNN's AVX2 kernel, fma((x - mean) * (1 / std), gamma, beta); 16k
# channels and training keep the blocked layout's kernel. sha256 of the bits.
import hashlib

import numpy as np
import mxnet as mx

nd = mx.nd


def small_ints(shape, salt):
    """Convolution operands whose sums are exact in any order: only the normalisation's arithmetic shows."""
    n = int(np.prod(shape))
    return (np.arange(n) * (37 + salt) % 7 - 3).astype(np.float32).reshape(shape)


def values(shape, salt):
    n = int(np.prod(shape))
    return ((np.arange(n) * (37 + salt) % 101 - 50) / np.float32(17)).astype(np.float32).reshape(shape)


for c in (8, 24, 40, 16, 32):
    for train, global_stats in ((False, True), (False, False), (True, True)):
        x, w = nd.array(small_ints((2, c, 6, 6), 0)), nd.array(small_ints((c, 1, 3, 3), 1))
        mean, var = nd.array(values((c,), 4)), nd.array(values((c,), 5) ** 2 + 0.5)
        with mx.autograd.record(train_mode=train):
            y = nd.Convolution(x, w, kernel=(3, 3), pad=(1, 1), num_filter=c, num_group=c, no_bias=True)
            out = nd.BatchNorm(y, nd.array(values((c,), 2)), nd.array(values((c,), 3)), mean, var, fix_gamma=False,
                               use_global_stats=global_stats)
        print(c, train, global_stats, hashlib.sha256(out.asnumpy().tobytes()).hexdigest()[:16])
