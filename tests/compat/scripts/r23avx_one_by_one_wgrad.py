"""1x1 convolutions' weight gradients as MXNet sums them on an AVX2 CPU: over one channel, a gemv per image onto the
previous images' sum, whatever the filters, strides or dilation; a dilated 1x1 kernel over 8k channels at unit
strides sums as an undilated one (the direct kernel's chains per image), strided or over 3 channels as the im2col
sgemm. md5 of the weight gradient's bits."""
# recorded on AVX2
import hashlib
import itertools
import numpy as np
import mxnet as mx

rs = np.random.RandomState(42)
for c, f, s, d, n in itertools.product((1, 8, 3, 16), (5, 8, 16), (1, 2), (1, 2), (1, 3)):
    x = mx.nd.array(rs.uniform(-1, 1, (n, c, 6, 7)))
    w = mx.nd.array(rs.uniform(-1, 1, (f, c, 1, 1)))
    w.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Convolution(x, w, kernel=(1, 1), stride=(s, s), dilate=(d, d), num_filter=f, no_bias=True)
    y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
    print(c, f, s, d, n, hashlib.md5(w.grad.asnumpy().tobytes()).hexdigest()[:8])
