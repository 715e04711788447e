"""BilinearResize2D to a single row or column (MXNet reads the first source then, corners aligned or not) and
AdaptiveAvgPooling2D's backward, which divides each bin's share by its height first."""
import itertools

import mxnet as mx
import numpy as np

rs = np.random.RandomState(6)
x = mx.nd.array(np.arange(30).reshape(1, 1, 5, 6))
for align in (False, True):
    for h, w in ((7, 1), (1, 8), (1, 1), (2, 1), (3, 3)):
        print("resize", align, h, w, mx.nd.contrib.BilinearResize2D(x, height=h, width=w, align_corners=align)
              .asnumpy().ravel().tolist())
for (H, W), size in itertools.product(((5, 7), (6, 9), (7, 5)), (1, (2, 3), (3, 3), (4, 2))):
    d = mx.nd.array(rs.uniform(-1, 1, (1, 2, H, W)))
    d.attach_grad()
    with mx.autograd.record():
        y = mx.nd.contrib.AdaptiveAvgPooling2D(d, output_size=size)
    y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape)))
    print("adaptive", H, W, size, y.asnumpy().tolist(), d.grad.asnumpy().tolist())
