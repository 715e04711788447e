# numpy float scalars given to full/clip are read from their text, as MXNet's attribute parser reads them
import numpy as np
import mxnet as mx

for v in (np.float32(0.1), np.float16(0.1), np.float64(0.1), 0.1, np.float32(1e-8), np.int64(3), np.float32(-0.0)):
    for dt in ('float32', 'float64', 'float16'):
        full = mx.nd.full((1,), v, dtype=dt).asnumpy()[0]
        clipped = mx.nd.clip(mx.nd.array([5.], dtype=dt), v, v).asnumpy()[0]
        print(type(v).__name__, dt, repr(full), repr(clipped))
mx.npx.set_np()
for v in (np.float32(0.1), np.float16(0.1), np.float32(1e-8)):
    for dt in ('float32', 'float64'):
        full = mx.np.full((1,), v, dtype=dt).asnumpy()[0]
        clipped = mx.np.clip(mx.np.array([5.], dtype=dt), v, v).asnumpy()[0]
        print('np', type(v).__name__, dt, repr(full), repr(clipped))
