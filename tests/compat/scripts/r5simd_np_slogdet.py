# mx.np.linalg.slogdet / det: MXNet's LU of the row-major matrix, logs summed in the input's precision
import mxnet as mx
import numpy as np

rs = np.random.RandomState(0)
for dt in ['float32', 'float64']:
    for n in [2, 4]:
        a = mx.np.array(rs.uniform(-3, 3, (5, n, n)), dtype=dt)
        sign, logdet = mx.np.linalg.slogdet(a)
        print(dt, n, sign.asnumpy().tolist(), logdet.asnumpy().tobytes().hex())
        print(mx.np.linalg.det(a).asnumpy().tobytes().hex())
