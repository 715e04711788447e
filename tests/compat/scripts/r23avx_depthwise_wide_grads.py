"""Depthwise convolutions' gradients as MXNet sums them on an AVX2 CPU: oneDNN's depthwise kernel takes the weight
gradient of 2-D undilated kernels up to 3 columns wide striding at most their width (one chain over every image's
positions); wider (5x5, 7x7), dilated and 1-D kernels run its gemm convolution (a gemv per image onto the previous
images' sum; a dilated kernel's data gradient adds each kernel offset's rounded products in turn). md5 of the bits."""
# recorded on AVX2
import hashlib
import numpy as np
import mxnet as mx

rs = np.random.RandomState(23)
CASES = [((5, 5), (1, 1), (2, 2), (1, 1)), ((5, 5), (2, 2), (2, 2), (1, 1)), ((7, 7), (1, 1), (3, 3), (1, 1)),
         ((7, 7), (2, 2), (3, 3), (1, 1)), ((5, 3), (1, 1), (2, 1), (1, 1)), ((3, 5), (2, 2), (1, 2), (1, 1)),
         ((3, 1), (2, 2), (1, 0), (1, 1)), ((3, 1), (1, 1), (1, 0), (1, 1)), ((4, 2), (2, 2), (2, 1), (1, 1)),
         ((1, 4), (1, 1), (0, 2), (1, 1)), ((3, 3), (1, 1), (2, 2), (2, 2)), ((3, 3), (2, 2), (1, 1), (2, 2)),
         ((2, 2), (1, 1), (1, 1), (2, 2)), ((5, 5), (1, 1), (4, 4), (2, 2)), ((5,), (1,), (2,), (1,)),
         ((3,), (2,), (1,), (1,)), ((3,), (1,), (2,), (2,))]
for kernel, stride, pad, dilate in CASES:
    for c, n in ((8, 2), (16, 1), (12, 2)):
        size = (11, 12)[-len(kernel):]
        x = mx.nd.array(rs.uniform(-1, 1, (n, c) + size))
        w = mx.nd.array(rs.uniform(-1, 1, (c, 1) + kernel))
        x.attach_grad(); w.attach_grad()
        with mx.autograd.record():
            y = mx.nd.Convolution(x, w, kernel=kernel, stride=stride, pad=pad, dilate=dilate, num_filter=c,
                                  num_group=c, no_bias=True)
        y.backward(mx.nd.array(rs.uniform(-1, 1, size=y.shape)))
        print(kernel, stride, pad, dilate, c, n,
              *(hashlib.md5(a.asnumpy().tobytes()).hexdigest()[:8] for a in (y, x.grad, w.grad)))
