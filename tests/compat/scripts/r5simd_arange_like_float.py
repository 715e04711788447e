# contrib.arange_like computes start + i * step in the data's type (float arithmetic for float32)
import mxnet as mx, numpy as np
for start, step, rep in [(0.3, 0.7, 1), (0.1, 0.37, 1), (-2.5, 0.013, 3), (1e6, 0.1, 1), (0.0, 1.0, 1), (7, -0.3, 2)]:
    for dt in ['float32', 'float64']:
        x = mx.nd.zeros((5, 80), dtype=dt)
        print(start, step, rep, dt, mx.nd.contrib.arange_like(x, start=start, step=step, repeat=rep).asnumpy().tobytes().hex())
        print(mx.nd.contrib.arange_like(x, start=start, step=step, repeat=rep, axis=1).asnumpy().tobytes().hex())
