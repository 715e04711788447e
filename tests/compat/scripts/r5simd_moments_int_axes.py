# nd.moments takes a lone integer axis as a one-axis shape, as MXNet parses it
import mxnet as mx
import numpy as np

x = mx.nd.array(np.arange(24.).reshape(2, 3, 4) * 0.37)
for a in [1, -1, 0, (1, 2)]:
    m, v = mx.nd.moments(x, axes=a)
    print(a, m.shape, m.asnumpy().tobytes().hex(), v.asnumpy().tobytes().hex())
m, v = mx.nd.moments(x, axes=2, keepdims=True)
print(m.shape, v.shape)
