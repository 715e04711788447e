"""quantize_asym's scale and shift (255 - max * scale, in float) and values, from the data's range or calibrated ends, over 3-d data."""
import mxnet as mx
import numpy as np
np.random.seed(1)
for shape, kw in [((1, 3, 4), {}), ((2, 5, 1), {}), ((1, 1, 7), dict(min_calib_range=-0.3, max_calib_range=1.7)),
                  ((3, 3, 2), dict(min_calib_range=-2.0, max_calib_range=0.25)), ((4, 4, 1), dict(max_calib_range=3.0)),
                  ((2, 3, 4), {}), ((5, 2, 1), dict(min_calib_range=0.1, max_calib_range=0.9)), ((3, 1, 1), {})]:
    for scale in [1.0, 0.01, 37.0]:
        x = mx.nd.array(np.random.randn(*shape) * scale + np.random.randn())
        q, s, t = mx.nd.contrib.quantize_asym(x, **kw)
        print(shape, kw, scale, q.asnumpy().ravel().tolist(), s.asnumpy().tolist(), t.asnumpy().tolist())
