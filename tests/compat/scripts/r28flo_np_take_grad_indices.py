"""mx.np.take's backward reads its indices as 32-bit ones: a float beyond 32 bits (or NaN, inf) as INT_MIN, an
integer wrapped to 32 bits, then clipped or wrapped by mode (wrapped under mode='raise'); the forward takes the
full value."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import autograd

x = mx.np.array(np.arange(6).reshape(2, 3))
VALUES = [3e9, -3e9, 2147483647.0, 2147483648.0, 2147483520.0, 2147483904.0, -2147483648.0, -2147483904.0, 1e10,
          -1e10, np.nan, np.inf, -np.inf, 4.5, -0.5, -1.5, -4.5, 1e20, 9.3e18, 4294967298.0, -4294967297.0]
for dt in ("float32", "float64", "int64", "int32"):
    for mode in ("clip", "wrap", "raise"):
        for axis in (1, None):
            row = []
            for v in VALUES:
                if dt.startswith("int") and (not np.isfinite(v) or abs(v) > 9e18):
                    continue
                given = np.array([v, v]) if dt.startswith("float") else np.array([v, v]).astype(np.int64).astype(dt)
                xx = x.copy()
                xx.attach_grad()
                try:
                    with autograd.record():
                        y = mx.np.take(xx, mx.np.array(given, dtype=dt), axis=axis, mode=mode)
                    y.backward()
                    row.append((v, y.asnumpy().ravel().tolist()[0], xx.grad.asnumpy().ravel().tolist()))
                except Exception as e:
                    row.append((v, type(e).__name__))
            print(dt, mode, axis, row)
