"""BilinearResize2D as MXNet's kernel (float positions, its weights and sums in the data's type; the backward
adding each output's four shares in output order), float32 and float64, corners aligned or not, all modes."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
cases = [((1, 2, 4, 3), dict(height=7, width=5)), ((1, 2, 5, 6), dict(scale_height=1.7, scale_width=0.6, mode="odd_scale")),
         ((2, 1, 6, 6), dict(height=3, width=4)), ((1, 2, 4, 5), dict(height=9, width=11, align_corners=False)),
         ((1, 1, 5, 4), dict(height=2, width=3, align_corners=False)), ((1, 1, 3, 3), dict(height=3, width=3)),
         ((1, 1, 4, 4), dict(height=1, width=1)), ((1, 2, 4, 6), dict(scale_height=2.0, scale_width=1.5)),
         ((1, 1, 5, 5), dict(mode="to_even_up"))]
for shape, kw in cases:
    for dtype in ("float32", "float64"):
        x = mx.nd.array(rs.uniform(-1, 1, shape), dtype=dtype)
        x.attach_grad()
        with mx.autograd.record():
            y = mx.nd.contrib.BilinearResize2D(x, **kw)
        y.backward(mx.nd.array(rs.uniform(-1, 1, y.shape), dtype=dtype))
        print(shape, kw, dtype, y.shape, y.asnumpy().ravel()[::2].tolist(), x.grad.asnumpy().ravel().tolist())
