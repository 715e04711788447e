"""AdaptiveAvgPooling2D as MXNet's kernel: each bin summed in row-major order, divided by its width then its
height; the backward adds each bin's share in bin order (overlapping bins too), float32 and float64."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
for shape, size in (((1, 2, 7, 5), (3, 2)), ((2, 3, 9, 11), (4, 4)), ((1, 2, 5, 8), (2, 3)), ((1, 1, 4, 5), (6, 7)),
                    ((2, 2, 6, 6), 1)):
    for dtype in ("float32", "float64"):
        x = mx.nd.array(rs.uniform(-1, 1, shape), dtype=dtype)
        x.attach_grad()
        with mx.autograd.record():
            y = mx.nd.contrib.AdaptiveAvgPooling2D(x, output_size=size)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype=dtype))
        print(shape, size, dtype, y.asnumpy().ravel().tolist(), x.grad.asnumpy().ravel()[::3].tolist())
