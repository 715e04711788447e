"""np.percentile and np.quantile of a 0-d bool array over no axis fail their kernel's type switch (Unknown type enum 7) before its sort reads the missing axis, as MXNet does."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for dt in ['float32', 'bool']:
    for fn, q in [('percentile', 50), ('quantile', 0.5)]:
        for kw in [{}, {'axis': 0}, {'axis': -1}, {'keepdims': True}]:
            a = np.array(1, dtype=dt)
            try:
                r = getattr(np, fn)(a, q, **kw)
                print(dt, fn, q, kw, r.shape, r.dtype, r.asnumpy().tolist())
            except mx.base.MXNetError as e:
                print(dt, fn, q, kw, type(e).__name__, str(e).strip().splitlines()[-1][:150])
