"""Products (dot, batch_dot, FullyConnected, gluon.utils.clip_global_norm) over infinities, nan and huge values."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet.gluon import utils

rows = [[np.inf, 1.0], [np.inf, -np.inf], [np.nan, 2.0], [1e300, 1e300], [np.inf, 0.0], [-np.inf, 3.0],
        [2.0 ** 1000, 2.0 ** -1000], [-2.0 ** 1000, np.inf]]
for dtype in ("float64", "float32"):
    for row in rows:
        a = mx.nd.array([row], dtype=dtype)
        flat = a.reshape((-1,))
        for name, fn in [("dot", lambda: mx.nd.dot(flat, flat)), ("dot_t", lambda: mx.nd.dot(a, a, transpose_b=True)),
                         ("outer", lambda: mx.nd.dot(a.T, a)),
                         ("batch_dot", lambda: mx.nd.batch_dot(a.reshape((1, 1, 2)), a.reshape((1, 2, 1)))),
                         ("fc", lambda: mx.nd.FullyConnected(a, a, no_bias=True, num_hidden=1))]:
            print(dtype, row, name, fn().asnumpy().tolist())
warnings.simplefilter("ignore")
for dtype in ("float32", "float64"):
    for row in rows[:3]:
        arrays = [mx.nd.array([row, [3.0, 4.0]], dtype=dtype), mx.nd.ones((2,), dtype=dtype)]
        try:
            norm = utils.clip_global_norm(arrays, 1.0, check_isfinite=False)
            print("clip", dtype, row, norm.asnumpy().tolist(), [x.asnumpy().tolist() for x in arrays])
        except mx.base.MXNetError as e:
            print("clip", dtype, row, "!!", str(e).strip().split("\n")[-1][:120])
