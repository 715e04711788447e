"""A strided 1x1 convolution over more than 128 channels as MXNet sums it on an AVX2 CPU: blocks of 128 channels
apart where the stride divides the input, one chain where it does not. Then the cases of
r11zoo_conv1x1_odd_filters.py. md5 of the bits."""
# recorded on AVX2
import hashlib
import itertools
import runpy

import numpy as np
import mxnet as mx

rs = np.random.RandomState(14)
for c, f, size, s in itertools.product((40, 136, 256), (8, 24), (4, 5), (2, 3)):
    x = mx.nd.array(rs.uniform(-1, 1, (2, c, size, size)))
    w = mx.nd.array(rs.uniform(-1, 1, (f, c, 1, 1)))
    b = mx.nd.array(rs.uniform(-1, 1, (f,)))
    y = mx.nd.Convolution(x, w, b, kernel=(1, 1), stride=(s, s), num_filter=f)
    print((c, f, size, s), hashlib.md5(y.asnumpy().tobytes()).hexdigest())
runpy.run_path("r11zoo_conv1x1_odd_filters.py")
