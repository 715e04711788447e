# contrib quantize, dequantize and requantize take min_range/max_range of shape (1,) (MXNet's shape inference)
import mxnet as mx
import numpy as np
d = mx.nd.array([[0.5, -1., 2.], [1., 0., -2.]])
for mn, mxr in [((1,), (1,)), ((2, 3), (2, 3)), ((2,), (1,)), ((1,), (2,)), ((1, 1), (1, 1))]:
    lo, hi = mx.nd.array(-2 * np.ones(mn)), mx.nd.array(2 * np.ones(mxr))
    for name, f in [("quantize", lambda: mx.nd.contrib.quantize(d, lo, hi)),
                    ("dequantize", lambda: mx.nd.contrib.dequantize(d.astype("uint8"), lo, hi)),
                    ("requantize", lambda: mx.nd.contrib.requantize(d.astype("int32"), lo, hi))]:
        try:
            r = f()
            r = r if isinstance(r, list) else [r]
            print(mn, mxr, name, [x.shape for x in r], [x.asnumpy().tobytes().hex() for x in r])
        except mx.base.MXNetError as e:
            print(mn, mxr, name, "MXNetError", "Shape inconsistent" in str(e))
