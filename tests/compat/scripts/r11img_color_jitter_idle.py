"""nd.image.random_color_jitter with no factor above 0 never writes its output: a fresh array of zeros, as MXNet."""
import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
for dt in ['uint8', 'float32']:
    for sh in [(2, 3, 3), (5, 7, 3)]:
        x = mx.nd.array(rs.randint(1, 256, sh), dtype=dt)
        for kw in [dict(brightness=0, contrast=0, saturation=0, hue=0), dict(brightness=-0.5, contrast=0, saturation=-1, hue=0)]:
            y = mx.nd.image.random_color_jitter(x, **kw)
            print(dt, sh, y.dtype.__name__ if hasattr(y.dtype, '__name__') else y.dtype, y.shape, float(y.asnumpy().astype(np.float64).sum()))
