"""MultiBoxPrior's anchors computed in float as MXNet's kernel (the first ratio applies to every size;
sizes, steps and offsets in float32), and its refusal of non-float32 data."""
import numpy as np
import mxnet as mx

x = mx.nd.zeros((1, 2, 3, 5))
for kw in ({"sizes": (0.5, 0.25), "ratios": (2, 1)}, {"sizes": (0.7,), "ratios": (1, 2, 0.5)},
           {"sizes": (0.3, 0.6), "ratios": (1, 3), "steps": (0.2, 0.3), "offsets": (0.2, 0.7)},
           {"sizes": (0.9,), "clip": True}):
    y = mx.nd.contrib.MultiBoxPrior(x, **kw)
    print(kw, y.shape, y.asnumpy().ravel().tolist())
for dtype in ("float64", "float16", "int32"):
    try:
        mx.nd.contrib.MultiBoxPrior(mx.nd.zeros((1, 2, 3, 3), dtype=dtype)).asnumpy()
        print(dtype, "accepted")
    except mx.base.MXNetError:
        print(dtype, "MXNetError")
