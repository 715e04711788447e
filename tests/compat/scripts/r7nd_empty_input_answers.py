# Operators whose output shape does not depend on an empty input's: all_finite / multi_all_finite / allclose
# answer 1 for empty arrays, MultiBoxPrior takes an empty batch or channel axis (not an empty height or width)
import mxnet as mx
import numpy as np
e, e2 = mx.nd.array(np.zeros((0, 3))), mx.nd.array(np.zeros((2, 0)))
cases = [
    ("all_finite", lambda: mx.nd.all_finite(e)), ("all_finite (2, 0)", lambda: mx.nd.all_finite(e2)),
    ("multi_all_finite", lambda: mx.nd.multi_all_finite(e, e2, num_arrays=2)),
    ("multi_all_finite with inf", lambda: mx.nd.multi_all_finite(e, mx.nd.array([1., np.inf]), num_arrays=2)),
    ("allclose", lambda: mx.nd.contrib.allclose(e, e)), ("allclose (2, 0)", lambda: mx.nd.contrib.allclose(e2, e2)),
    ("MultiBoxPrior empty batch", lambda: mx.nd.contrib.MultiBoxPrior(mx.nd.array(np.zeros((0, 2, 3, 3))),
                                                                      sizes=(0.5,))),
    ("MultiBoxPrior empty channels", lambda: mx.nd.contrib.MultiBoxPrior(mx.nd.array(np.zeros((1, 0, 2, 2))))),
    ("MultiBoxPrior empty height", lambda: mx.nd.contrib.MultiBoxPrior(mx.nd.array(np.zeros((1, 2, 0, 3))))),
    ("MultiBoxPrior empty width", lambda: mx.nd.contrib.MultiBoxPrior(mx.nd.array(np.zeros((1, 2, 3, 0))))),
]
for name, f in cases:
    try:
        r = f()
        print(name, r.shape, r.dtype.__name__, r.asnumpy().tobytes().hex())
    except mx.base.MXNetError as ex:
        print(name, "MXNetError", "should > 0" in str(ex))
